package com.slackadmin.connections.connection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refuses to start when the encryption key cannot decrypt the tokens already stored: better a clear
 * start-up error than connections that all fail later.
 */
@ApplicationScoped
public class EncryptionKeyCheck {

  private static final Logger LOG = Logger.getLogger(EncryptionKeyCheck.class.getName());

  @PersistenceContext
  EntityManager em;

  @Inject
  TokenCipher cipher;

  @Transactional
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    List<String> sample =
        em.createQuery("select c.accessTokenCiphertext from SlackConnection c order by c.id", String.class)
            .setMaxResults(1)
            .getResultList();
    for (String stored : sample) {
      try {
        cipher.decrypt(stored);
      } catch (IllegalArgumentException wrongKey) {
        String message = "The encryption key (CONNECTIONS_ENCRYPTION_KEY, or the key file in DATA_DIR) cannot decrypt "
            + "the Slack tokens stored in the database. Start with the key they were encrypted with. The application "
            + "will not start.";
        LOG.log(Level.SEVERE, message);
        throw new IllegalStateException(message);
      }
    }
  }
}
