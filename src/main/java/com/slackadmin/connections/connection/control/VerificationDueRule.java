package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.ConnectionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * When a connection is due for the health sweep's check: it was last checked {@code interval} ago or longer
 * (or never), the sweep is on, and a check can tell something new. A connection whose token Slack no longer
 * accepts is not due: only a person reauthorizing it brings it back, and that verifies it. Pure.
 */
public final class VerificationDueRule {

  private VerificationDueRule() {}

  public static boolean isDue(ConnectionStatus status, Instant lastCheckedAt, Duration interval, Instant now) {
    if (interval.isZero() || status == ConnectionStatus.REAUTHORIZATION_REQUIRED) {
      return false;
    }
    return lastCheckedAt == null || !lastCheckedAt.isAfter(now.minus(interval));
  }
}
