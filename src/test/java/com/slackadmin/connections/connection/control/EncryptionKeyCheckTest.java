package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.platform.StartRefusedException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start is refused when the key cannot decrypt the tokens already stored. */
class EncryptionKeyCheckTest {

  private static TokenCipher cipher(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    return new TokenCipher(key);
  }

  @Test
  void theKeyTheTokensWereEncryptedWithStarts() {
    String stored = cipher(1).encrypt("xoxp-secret");
    assertDoesNotThrow(() -> EncryptionKeyCheck.verify(Optional.of(stored), cipher(1), "CONNECTIONS_ENCRYPTION_KEY"));
    assertDoesNotThrow(() -> EncryptionKeyCheck.verify(Optional.empty(), cipher(1), "CONNECTIONS_ENCRYPTION_KEY"));
  }

  @Test
  void anotherKeyIsRefusedNamingWhereItCameFrom() {
    String stored = cipher(1).encrypt("xoxp-secret");
    StartRefusedException refused = assertThrows(StartRefusedException.class,
        () -> EncryptionKeyCheck.verify(Optional.of(stored), cipher(2), "/srv/data/connections-encryption.key"));
    assertEquals("Refusing to start: the encryption key (/srv/data/connections-encryption.key) cannot decrypt the"
        + " Slack tokens stored in the database: start with the key they were encrypted with.", refused.getMessage());
  }
}
