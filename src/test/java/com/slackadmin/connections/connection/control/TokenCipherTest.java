package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

  private static byte[] key() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void roundTripsAndNeverStoresThePlaintext() {
    TokenCipher cipher = new TokenCipher(key());
    String stored = cipher.encrypt("xoxp-1234-secret");
    assertFalse(stored.contains("xoxp"));
    assertEquals("xoxp-1234-secret", cipher.decrypt(stored));
  }

  @Test
  void aFreshNonceMakesEachCiphertextDifferent() {
    TokenCipher cipher = new TokenCipher(key());
    assertNotEquals(cipher.encrypt("same"), cipher.encrypt("same"));
  }

  @Test
  void anotherKeyOrATamperedValueCannotDecryptAndSaysNothingOfTheValue() {
    String stored = new TokenCipher(key()).encrypt("xoxp-secret");
    IllegalArgumentException wrongKey = assertThrows(IllegalArgumentException.class,
        () -> new TokenCipher(key()).decrypt(stored));
    assertFalse(wrongKey.getMessage().contains("xoxp"));
    TokenCipher cipher = new TokenCipher(key());
    String stored2 = cipher.encrypt("xoxp-secret");
    // always a different last character: replacing it by 'A' left one value in 64 unchanged
    char last = stored2.charAt(stored2.length() - 1);
    String tampered = stored2.substring(0, stored2.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(tampered));
  }

  @Test
  void refusesAKeyThatIsNotAes256() {
    assertThrows(IllegalArgumentException.class, () -> new TokenCipher(new byte[16]));
  }
}
