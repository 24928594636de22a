package com.slackadmin.connections.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * How API tokens look and how they are stored. A token is 32 random bytes (256 bits), URL-safe base64
 * without padding, after the prefix {@code sac_} so that secret scanners and people recognise it.
 *
 * <p>A plain SHA-256 suffices, unlike for passwords: the token is random and long, so there is nothing to
 * guess from its hash, and a fast hash keeps every API call cheap.
 */
public final class ApiTokenSecrets {

  public static final String PREFIX = "sac_";
  static final int RANDOM_BYTES = 32;
  /** {@code sac_} and 43 base64 characters. */
  public static final int LENGTH = PREFIX.length() + 43;

  private static final Pattern SHAPE = Pattern.compile("sac_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokenSecrets() {}

  public static String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Hex SHA-256 of the token: what the database keeps and looks tokens up by. */
  public static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }

  /** Whether a presented value could be one of our tokens; others are refused without a database look-up. */
  public static boolean hasTokenShape(String presented) {
    return presented != null && SHAPE.matcher(presented).matches();
  }
}
