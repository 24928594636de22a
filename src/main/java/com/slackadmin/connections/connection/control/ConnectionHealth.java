package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * What pages ask about a connection's health: whether it is due for the health sweep's next check ({@link VerificationDueRule} with the configured interval).
 */
@ApplicationScoped
public class ConnectionHealth {

  @Inject
  HealthSettings settings;

  @Inject
  Clock clock;

  /** Whether the sweep will check this connection on its next pass; never while the sweep is off. */
  public boolean isDue(SlackConnection connection) {
    return VerificationDueRule.isDue(connection.getStatus(), connection.getLastCheckedAt(), settings.interval(),
        clock.instant());
  }

}
