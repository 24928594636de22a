package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * What pages ask about connections' health: how many of the connections a person sees need attention, and
 * whether one is due for the health sweep's next check ({@link VerificationDueRule} with the configured interval).
 */
@ApplicationScoped
public class ConnectionHealth {

  @Inject
  HealthStore store;

  @Inject
  HealthSettings settings;

  @Inject
  Clock clock;

  /** Connections the user may see (every one for an ADMIN, else own and shared) whose status is not ACTIVE. */
  public long needingAttention(ConsoleUser user) {
    return store.needingAttention(user);
  }

  /** Whether the sweep will check this connection on its next pass; never while the sweep is off. */
  public boolean isDue(SlackConnection connection) {
    return VerificationDueRule.isDue(connection.getStatus(), connection.getLastVerifiedAt(), settings.interval(),
        clock.instant());
  }

  /** How long a verification stays good ({@code HEALTH_SWEEP_INTERVAL}); zero while the sweep is off. */
  public Duration interval() {
    return settings.interval();
  }
}
