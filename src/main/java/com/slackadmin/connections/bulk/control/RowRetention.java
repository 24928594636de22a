package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.bulk.entity.BulkRun;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the rows of a bulk run that is over (finished or cancelled) are kept: they hold the people the run
 * concerned (user ids, emails, names and other inputs, and Slack's messages about them). Once a run has been over
 * for longer than the retention an ADMIN set, its rows are deleted and its counts kept. A running or paused run
 * keeps its rows whatever its age. Pure.
 */
public final class RowRetention {

  /** A quarter of a year: long enough to answer "what did that run do?" after the fact, short enough to forget. */
  public static final int DEFAULT_DAYS = 90;
  public static final int MIN_DAYS = 1;
  /** Ten years: a retention longer than that is keeping rows for good, which is not what the setting is for. */
  public static final int MAX_DAYS = 3650;

  private RowRetention() {}

  /** Runs over before this instant have their rows deleted. */
  public static Instant cutOff(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }

  /** Whether the run's rows are due for deletion now: over, for longer than {@code days}, and still kept. */
  public static boolean due(BulkRun run, Instant now, int days) {
    return run.getState().isOver() && run.getFinishedAt() != null && !run.isRowsDeleted()
        && run.getFinishedAt().isBefore(cutOff(now, days));
  }

  /**
   * The retention as a person typed it: a whole number of days from {@value #MIN_DAYS} to {@value #MAX_DAYS}.
   *
   * @throws IllegalArgumentException saying what is accepted
   */
  public static int parseDays(String text) {
    String value = text == null ? "" : text.strip();
    try {
      int days = Integer.parseInt(value);
      if (days >= MIN_DAYS && days <= MAX_DAYS) {
        return days;
      }
    } catch (NumberFormatException notNumber) {
      // refused below
    }
    throw new IllegalArgumentException("Enter a whole number of days from " + MIN_DAYS + " to " + MAX_DAYS
        + (value.isEmpty() ? "." : "; \"" + value + "\" is not one."));
  }
}
