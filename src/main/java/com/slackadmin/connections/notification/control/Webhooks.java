package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.connection.control.TokenCipher;
import com.slackadmin.connections.notification.entity.Webhook;
import com.slackadmin.connections.platform.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The webhooks ADMINs register: each gets a random signing secret, shown once when it is issued and stored
 * encrypted with the key of the Slack tokens ({@link TokenCipher}), since every call must be signed with it.
 */
@ApplicationScoped
@Transactional
public class Webhooks {

  static final String SECRET_PREFIX = "whsec_";

  @PersistenceContext
  EntityManager em;

  @Inject
  TokenCipher cipher;

  @Inject
  Clock clock;

  private final SecureRandom random = new SecureRandom();

  /** A webhook just registered, with its secret in the clear: for the one answer that shows it. */
  public record Issued(Webhook webhook, String secret) {}

  /**
   * Registers an address for every notification.
   *
   * @throws NotificationException on the field {@code url} when the address is refused ({@link WebhookUrlRule})
   */
  public Issued register(ConsoleUser admin, String url) {
    requireAdmin(admin);
    WebhookUrlRule.refusal(url).ifPresent(why -> {
      throw new NotificationException("url", why);
    });
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Webhook webhook = new Webhook(url.strip(), cipher.encrypt(secret), admin.getUsername(), clock.instant());
    em.persist(webhook);
    return new Issued(webhook, secret);
  }

  /** Removes a webhook; its deliveries stay in the log, and those still pending are given up. */
  public Webhook remove(ConsoleUser admin, long id) {
    requireAdmin(admin);
    Webhook webhook = em.find(Webhook.class, id);
    if (webhook == null) {
      throw new NotificationException(null, "There is no webhook " + id + ".");
    }
    em.remove(webhook);
    return webhook;
  }

  public List<Webhook> list(ConsoleUser admin) {
    requireAdmin(admin);
    return all();
  }

  /** Every registered webhook, for a new event's deliveries. */
  List<Webhook> all() {
    return em.createQuery("select w from Webhook w order by w.id", Webhook.class).getResultList();
  }

  /** The webhook's secret, to sign a call; empty when it was removed or the key cannot decrypt it. */
  Optional<String> secretOf(Long webhookId) {
    Webhook webhook = webhookId == null ? null : em.find(Webhook.class, webhookId);
    if (webhook == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(cipher.decrypt(webhook.getSecretCiphertext()));
    } catch (IllegalArgumentException wrongKey) {
      return Optional.empty();
    }
  }

  static void requireAdmin(ConsoleUser user) {
    if (!ConsoleAccess.mayManageWebhooks(user)) {
      throw new NotPermittedException("Only an ADMIN manages webhooks and reads the delivery log.");
    }
  }
}
