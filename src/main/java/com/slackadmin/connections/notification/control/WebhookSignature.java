package com.slackadmin.connections.notification.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook call, as a receiver checks it: HMAC-SHA256, keyed with the webhook's secret
 * (its UTF-8 bytes), over the timestamp header's value, a dot, and the raw body; sent as {@code v1=} and the
 * lower-case hex digest. The timestamp inside the signed text lets a receiver refuse an old call replayed. Pure.
 */
public final class WebhookSignature {

  public static final String SIGNATURE_HEADER = "X-Connections-Signature";
  public static final String TIMESTAMP_HEADER = "X-Connections-Timestamp";
  static final String VERSION = "v1=";

  private WebhookSignature() {}

  /** The signature header's value for {@code body} sent at {@code epochSeconds}. */
  public static String sign(String secret, long epochSeconds, String body) {
    return VERSION + HexFormat.of().formatHex(hmac(secret, epochSeconds + "." + body));
  }

  /** Whether {@code signature} is this body's at this time: what a receiver does, in constant time. */
  public static boolean verify(String secret, long epochSeconds, String body, String signature) {
    return signature != null && MessageDigest.isEqual(sign(secret, epochSeconds, body)
        .getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
