package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.StartRefusedException;
import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the health sweep runs: how long a check stays good ({@code HEALTH_SWEEP_INTERVAL}, 24 hours unless set;
 * 0 turns the sweep off) and how often the sweep looks for connections due ({@code HEALTH_SWEEP_SCAN_SECONDS}).
 * A malformed interval refuses the start rather than silently never checking.
 */
@ApplicationScoped
public class HealthSettings {

  @Inject
  @ConfigProperty(name = "HEALTH_SWEEP_INTERVAL", defaultValue = "24h")
  String intervalText;

  @Inject
  @ConfigProperty(name = "HEALTH_SWEEP_SCAN_SECONDS", defaultValue = "60")
  long scanSeconds;

  private Duration interval;

  void check(@Observes @Priority(Starting.CHECK) Starting starting) {
    try {
      interval();
    } catch (IllegalArgumentException malformed) {
      throw new StartRefusedException(malformed.getMessage());
    }
  }

  /** How long a verification stays good; zero when the sweep is off. */
  public synchronized Duration interval() {
    if (interval == null) {
      interval = SweepInterval.parse(intervalText);
    }
    return interval;
  }

  /** How often the sweep looks for due connections: 1 second to 1 hour. */
  Duration scanPeriod() {
    return Duration.ofSeconds(Math.max(1, Math.min(3600, scanSeconds)));
  }

  /**
   * How long a node holds a connection it claimed for a check: longer than a check with its wait for the rate
   * budget ({@link #patience()}); a check that failed for a passing reason is tried again once it runs out.
   */
  Duration lease() {
    return Duration.ofMinutes(5);
  }

  /** How long one check may wait for its Slack org's rate budget before the sweep moves on. */
  Duration patience() {
    return Duration.ofMinutes(2);
  }

  /** How many due connections one pass takes on; the next pass takes the rest. */
  int batch() {
    return 500;
  }
}
