package com.slackadmin.connections.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Consecutive failed sign-ins for one typed username. Kept for names that do not exist too, so that a
 * lockout reveals nothing about which accounts exist.
 */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

  public static final int MAX_FAILURES = 10;
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  @Id
  @Column(length = 64)
  private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected SignInAttempt() {
    // for JPA
  }

  public SignInAttempt(String username) {
    this.username = username;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failure; the tenth in a row locks the name and starts a new count for after the lockout. */
  public void recordFailure(Instant now) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      lockedUntil = null;
      failures = 0;
    }
    failures++;
    if (failures >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCKOUT);
      failures = 0;
    }
  }

  public String getUsername() {
    return username;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
