package com.slackadmin.connections.audit.control;

import java.time.Instant;

/**
 * How much a connection was used: uses (audit entries whose action is not in {@link AuditEvent#LIFECYCLE})
 * since a moment, and the most recent use ever, with who made it.
 */
public record ConnectionUsage(long usesSince, String lastUsername, Instant lastUsedAt) {

  public long getUsesSince() {
    return usesSince;
  }

  public String getLastUsername() {
    return lastUsername;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
