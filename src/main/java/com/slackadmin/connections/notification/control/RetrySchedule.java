package com.slackadmin.connections.notification.control;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code first}, then twice as long each time, until
 * {@code maxAttempts} attempts were made; then it is given up. The whole span is bounded: with the defaults (30 s,
 * 8 attempts) the last attempt comes about an hour after the first. Pure.
 */
public record RetrySchedule(Duration first, int maxAttempts) {

  /** Doubling stops here, so that a long schedule does not wait days between two attempts. */
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  public RetrySchedule {
    if (first.isNegative() || first.isZero() || maxAttempts < 1) {
      throw new IllegalArgumentException("A retry schedule needs a positive first wait and at least one attempt");
    }
  }

  /**
   * @param attemptsMade attempts made so far, the failed one included
   * @return how long to wait before the next attempt, or empty when the delivery is given up
   */
  public Optional<Duration> next(int attemptsMade) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    int doublings = Math.min(Math.max(attemptsMade - 1, 0), 20);
    Duration wait = first.multipliedBy(1L << doublings);
    return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
  }

  /** The longest a delivery can take from its first attempt to its last: the bound the README states. */
  public Duration span() {
    Duration total = Duration.ZERO;
    for (int made = 1; made < maxAttempts; made++) {
      total = total.plus(next(made).orElseThrow());
    }
    return total;
  }
}
