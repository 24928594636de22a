package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.platform.StartRefusedException;
import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How deliveries are retried: {@code NOTIFICATION_RETRY_FIRST_SECONDS} (30) before the first retry, doubling,
 * {@code NOTIFICATION_MAX_ATTEMPTS} (8) attempts in all; and the console's address for links in emails.
 */
@ApplicationScoped
public class NotificationSettings {

  @Inject
  @ConfigProperty(name = "NOTIFICATION_RETRY_FIRST_SECONDS", defaultValue = "30")
  long firstRetrySeconds;

  @Inject
  @ConfigProperty(name = "NOTIFICATION_MAX_ATTEMPTS", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "PUBLIC_URL", defaultValue = "http://localhost:8080")
  String publicUrl;

  void check(@Observes @Priority(Starting.CHECK) Starting starting) {
    if (firstRetrySeconds < 1 || maxAttempts < 1 || maxAttempts > 20) {
      throw new StartRefusedException("NOTIFICATION_RETRY_FIRST_SECONDS must be at least 1 and"
          + " NOTIFICATION_MAX_ATTEMPTS 1 to 20.");
    }
  }

  public RetrySchedule retries() {
    return new RetrySchedule(Duration.ofSeconds(firstRetrySeconds), maxAttempts);
  }

  /** How often the delivery worker looks for deliveries due: every 5 seconds, or the first retry's wait if shorter. */
  Duration pollPeriod() {
    return Duration.ofSeconds(Math.max(1, Math.min(5, firstRetrySeconds)));
  }

  /** How long a node holds a delivery it is attempting: well past an attempt's timeouts. */
  Duration lease() {
    return Duration.ofMinutes(2);
  }

  /** A link to a connection's page in the console, for emails. */
  String connectionUrl(long connectionId) {
    return publicUrl.replaceAll("/+$", "") + "/app/connections/" + connectionId;
  }

  /** A link to a bulk run's page in the console, for emails. */
  String bulkRunUrl(long runId) {
    return publicUrl.replaceAll("/+$", "") + "/app/bulk-runs/" + runId;
  }
}
