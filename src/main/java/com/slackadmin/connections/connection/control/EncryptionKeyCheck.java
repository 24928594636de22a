package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.StartRefusedException;
import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Refuses to start without a key that decrypts the tokens already stored (malformed, wrong, or a key file
 * gone while tokens remain): better a clear refusal at start than connections that all fail later.
 */
@ApplicationScoped
public class EncryptionKeyCheck {

  @Inject
  EncryptionKeys keys;

  @Inject
  ConnectionStore store;

  void onStart(@Observes @Priority(Starting.CHECK) Starting starting) {
    Optional<String> sample = store.anyAccessTokenCiphertext();
    verify(sample, new TokenCipher(keys.keyBytes()), keys.source());
  }

  /** @throws StartRefusedException when the key does not decrypt the stored token */
  static void verify(Optional<String> storedToken, TokenCipher cipher, String source) {
    try {
      storedToken.ifPresent(cipher::decrypt);
    } catch (IllegalArgumentException wrongKey) {
      throw new StartRefusedException("the encryption key (" + source + ") cannot decrypt the Slack tokens stored"
          + " in the database: start with the key they were encrypted with.");
    }
  }
}
