package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.SignInAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;

/**
 * Locks a username for 15 minutes after 10 failed sign-ins in a row. State lives in the database, so
 * every node of a cluster sees the same count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

  @PersistenceContext
  EntityManager em;

  @Inject
  Clock clock;

  public boolean isLocked(String username) {
    SignInAttempt attempt = em.find(SignInAttempt.class, key(username));
    return attempt != null && attempt.isLocked(clock.instant());
  }

  public void recordFailure(String username) {
    SignInAttempt attempt = em.find(SignInAttempt.class, key(username), LockModeType.PESSIMISTIC_WRITE);
    if (attempt == null) {
      attempt = new SignInAttempt(key(username));
      em.persist(attempt);
    }
    attempt.recordFailure(clock.instant());
  }

  public void recordSuccess(String username) {
    SignInAttempt attempt = em.find(SignInAttempt.class, key(username));
    if (attempt != null) {
      em.remove(attempt);
    }
  }

  private static String key(String username) {
    String folded = username.trim().toLowerCase(Locale.ROOT);
    return folded.length() > 64 ? folded.substring(0, 64) : folded;
  }
}
