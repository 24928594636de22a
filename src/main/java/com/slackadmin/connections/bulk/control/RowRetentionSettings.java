package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.platform.ConsoleSettings;
import com.slackadmin.connections.platform.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the rows of finished bulk runs are kept ({@link RowRetention}): set by an ADMIN in the console and
 * stored in the database, so every node of a cluster deletes by the same rule. How often the retention pass looks
 * is configuration ({@code BULK_RETENTION_SCAN_SECONDS}, an hour unless set; tests shorten it).
 */
@ApplicationScoped
public class RowRetentionSettings {

  static final String NAME = "bulk.row-retention-days";

  @Inject
  ConsoleSettings settings;

  @Inject
  @ConfigProperty(name = "BULK_RETENTION_SCAN_SECONDS", defaultValue = "3600")
  long scanSeconds;

  /** Days the rows of a run that is over are kept. */
  public int days() {
    return settings.find(NAME).map(stored -> {
      try {
        return RowRetention.parseDays(stored.getValue());
      } catch (IllegalArgumentException malformed) {
        return RowRetention.DEFAULT_DAYS;
      }
    }).orElse(RowRetention.DEFAULT_DAYS);
  }

  /**
   * An ADMIN sets the retention; runs over for longer lose their rows at the next pass.
   *
   * @throws IllegalArgumentException when the text is not a whole number of days in range
   */
  public int change(ConsoleUser actor, String daysText) {
    if (!mayChange(actor)) {
      throw new NotPermittedException("Only an ADMIN sets how long bulk runs' rows are kept.");
    }
    int days = RowRetention.parseDays(daysText);
    settings.change(NAME, String.valueOf(days), actor.getUsername());
    return days;
  }

  public boolean mayChange(ConsoleUser user) {
    return ConsoleAccess.mayChangeSettings(user);
  }

  /** How often the retention pass looks for runs due: 1 second to 1 day. */
  Duration scanPeriod() {
    return Duration.ofSeconds(Math.max(1, Math.min(86_400, scanSeconds)));
  }

  /** How many runs one statement batch takes on; the pass goes on until none is left. */
  int batch() {
    return 100;
  }
}
