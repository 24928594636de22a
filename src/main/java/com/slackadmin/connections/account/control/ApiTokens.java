package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ApiToken;
import com.slackadmin.connections.account.entity.ConsoleUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: created and revoked by their owner in the console, checked on every API call.
 * The token itself leaves this class once, in {@link Issued}, and is never stored or logged.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  public static final int MAX_NAME_LENGTH = 80;

  /**
   * The last-used time is written at most this often per token, so a busy script does not turn every
   * read into a database write; the console shows it to the minute.
   */
  static final Duration LAST_USED_PRECISION = Duration.ofSeconds(30);

  @PersistenceContext
  EntityManager em;

  @Inject
  Clock clock;

  /** A new token and, this once, its secret value. */
  public record Issued(ApiToken token, String secret) {}

  public Issued create(ConsoleUser owner, String name) {
    ConsoleAccess.requireMayCreateApiTokens(owner);
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
      throw new AccountException("name", "Name the token in 1 to " + MAX_NAME_LENGTH + " characters.");
    }
    String secret = ApiTokenSecrets.generate();
    ApiToken token = new ApiToken(em.getReference(ConsoleUser.class, owner.getId()), trimmed,
        ApiTokenSecrets.hash(secret), clock.instant());
    em.persist(token);
    return new Issued(token, secret);
  }

  public List<ApiToken> ownedBy(ConsoleUser owner) {
    return em.createNamedQuery(ApiToken.OWNED_BY, ApiToken.class).setParameter("owner", owner).getResultList();
  }

  /** Revokes one of the actor's own tokens; a token of someone else is "no such token", as if absent. */
  public ApiToken revoke(ConsoleUser actor, long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.isOwnedBy(actor)) {
      throw new AccountException(null, "There is no such API token.");
    }
    token.revoke(clock.instant());
    return token;
  }

  /**
   * The enabled console user a presented token belongs to, if the token exists and is not revoked; the
   * token's last-used time is updated. The user is read afresh, so a disabled owner or a changed role
   * takes effect on the next call.
   */
  public Optional<ConsoleUser> authenticate(String presented) {
    if (!ApiTokenSecrets.hasTokenShape(presented)) {
      return Optional.empty();
    }
    Optional<ApiToken> token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
        .setParameter("hash", ApiTokenSecrets.hash(presented))
        .getResultStream()
        .findFirst()
        .filter(t -> !t.isRevoked() && t.getOwner().isEnabled());
    token.ifPresent(this::markUsed);
    return token.map(ApiToken::getOwner);
  }

  private void markUsed(ApiToken token) {
    Instant now = clock.instant();
    if (token.getLastUsedAt() != null && !token.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
      return; // recent enough as read: no statement (the UPDATE's own condition settles races)
    }
    em.createNamedQuery(ApiToken.MARK_USED)
        .setParameter("now", now)
        .setParameter("id", token.getId())
        .setParameter("before", now.minus(LAST_USED_PRECISION))
        .executeUpdate();
  }
}
