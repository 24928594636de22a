package com.slackadmin.connections.bulk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How bulk runs pace their checks. The defaults are the product's; tests shorten the check interval to watch a
 * demotion pause a run within seconds.
 */
@ApplicationScoped
public class BulkSettings {

  /** How long a run goes between two checks of the use gate (the retention rule): at most a minute. */
  @Inject
  @ConfigProperty(name = "BULK_CHECK_INTERVAL_SECONDS", defaultValue = "60")
  long checkIntervalSeconds;

  /** How old the run's roster of accounts and roles may get before it is read again. */
  @Inject
  @ConfigProperty(name = "BULK_ROSTER_MAX_AGE_SECONDS", defaultValue = "600")
  long rosterMaxAgeSeconds;

  Duration checkInterval() {
    return Duration.ofSeconds(Math.max(1, Math.min(60, checkIntervalSeconds)));
  }

  Duration rosterMaxAge() {
    return Duration.ofSeconds(Math.max(1, rosterMaxAgeSeconds));
  }

  /** How long one SCIM call may wait for the org's rate budget: a run has time, a page does not. */
  Duration patience() {
    return Duration.ofMinutes(10);
  }

  /** Attempts at Slack for a row that fails for a passing reason (a 5xx, no answer) before it fails. */
  int maxAttempts() {
    return 3;
  }

  /**
   * How long a node's hold on a run lasts unless renewed: how long a run waits for another node after its node
   * died. Long beside {@link #leaseTick()}, so that a renewal a little late (a busy database, a pause of the
   * JVM) does not hand the run to a second node while the first still sends rows.
   */
  Duration lease() {
    return Duration.ofSeconds(15);
  }

  /** How often a node renews its leases and looks for runs no node holds. */
  Duration leaseTick() {
    return Duration.ofSeconds(3);
  }

  /** How long a stopping node waits for its runs' rows in flight before it hands the runs back. */
  Duration stopWait() {
    return Duration.ofSeconds(25);
  }

  /** The wait after a passing failure: 2 s, then 4 s. */
  Duration backoff(int attempt) {
    return Duration.ofSeconds(1L << Math.min(attempt, 5));
  }
}
