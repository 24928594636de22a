package com.slackadmin.connections.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The webhook signature as a receiver computes it: HMAC-SHA256 of "timestamp.body" with the secret. The expected
 * digests were computed independently (Python's hmac module).
 */
class WebhookSignatureTest {

  @Test
  void theHmacIsSha256AsRfc4231Says() {
    assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        HexFormat.of().formatHex(WebhookSignature.hmac("Jefe", "what do ya want for nothing?")));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', textBlock = """
      whsec_test | 1700000000 | {"id":1}         | v1=2f441ba4b3b2d50d28a9ab9d9fd8880376ecd1eb5d0435401553f5d8d0a5dcf8
      whsec_test | 1700000001 | {"id":1}         | v1=5d1660afdffdc0e7e0b80abba2da86ffcbe766a26364d961d8c2c43416778b2a
      s\u00e9cret     | 1700000000 | {"t":"caf\u00e9"}     | v1=e9de05301616e6fbd2922dd13687f236be8b05ca88af2010bd8600ac99501c6d
      """)
  void theSignatureCoversTheTimestampAndTheBody(String secret, long timestamp, String body, String expected) {
    assertEquals(expected, WebhookSignature.sign(secret, timestamp, body));
    assertTrue(WebhookSignature.verify(secret, timestamp, body, expected));
  }

  @Test
  void aChangedBodyTimestampOrSecretDoesNotVerify() {
    String signature = WebhookSignature.sign("whsec_test", 1700000000, "{\"id\":1}");
    assertFalse(WebhookSignature.verify("whsec_test", 1700000000, "{\"id\":2}", signature));
    assertFalse(WebhookSignature.verify("whsec_test", 1700000001, "{\"id\":1}", signature));
    assertFalse(WebhookSignature.verify("whsec_other", 1700000000, "{\"id\":1}", signature));
    assertFalse(WebhookSignature.verify("whsec_test", 1700000000, "{\"id\":1}", null));
  }
}
