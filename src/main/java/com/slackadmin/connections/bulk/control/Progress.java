package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.bulk.entity.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A run and how far it is: rows per state, the rate of the last minute and the time left at that rate.
 *
 * @param lastMinute rows finished in the last minute (0 once the run is over)
 */
public record Progress(BulkRun run, Map<RowState, Long> counts, long lastMinute, Optional<Instant> startedAt,
    Instant now) {

  public BulkRun getRun() {
    return run;
  }

  public long getDone() {
    return counts.get(RowState.DONE);
  }

  public long getRefused() {
    return counts.get(RowState.REFUSED);
  }

  public long getFailed() {
    return counts.get(RowState.FAILED);
  }

  public long getSkipped() {
    return counts.get(RowState.SKIPPED);
  }

  /** Rows with no outcome yet, the one in flight included. */
  public long getLeft() {
    return counts.get(RowState.PENDING) + counts.get(RowState.IN_FLIGHT);
  }

  public long getFinished() {
    return run.getRowCount() - getLeft();
  }

  /** Whole percent of rows with an outcome. */
  public int getPercent() {
    return run.getRowCount() == 0 ? 100 : (int) (getFinished() * 100 / run.getRowCount());
  }

  /** How many rows have an outcome, in words: "3 of 6 rows (50%)", "0 of 1 row (0%)". */
  public String getFinishedText() {
    return getFinished() + " of " + rows(run.getRowCount()) + " (" + getPercent() + "%)";
  }

  /** The rate in words: "12 rows a minute", "1 row a minute". */
  public String getRateText() {
    return rows(getRatePerMinute()) + " a minute";
  }

  /** A count of rows in words: "1 row", "6 rows". */
  public static String rows(long count) {
    return count + (count == 1 ? " row" : " rows");
  }

  /** Rows per minute: over the last minute while the run goes, over its whole time once it is over. */
  public long getRatePerMinute() {
    if (!run.getState().isOver()) {
      return lastMinute;
    }
    if (startedAt.isEmpty() || run.getFinishedAt() == null) {
      return 0;
    }
    long seconds = Math.max(1, Duration.between(startedAt.get(), run.getFinishedAt()).toSeconds());
    return getFinished() * 60 / seconds;
  }

  /** The time left at the current rate; empty when the run is held, over, or has no rate yet. */
  public Optional<Duration> getTimeLeft() {
    if (run.getState() != RunState.RUNNING || lastMinute == 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(getLeft() * 60 / lastMinute));
  }

  /** The time left in words for the pages: "about 4 min", "under a minute", or "". */
  public String getTimeLeftText() {
    return getTimeLeft().map(left -> left.toMinutes() < 1 ? "under a minute"
        : left.toHours() >= 1 ? "about " + left.toHours() + " h " + left.toMinutesPart() + " min"
            : "about " + left.toMinutes() + " min")
        .orElse("");
  }
}
