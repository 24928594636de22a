package com.slackadmin.connections.bulk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.bulk.entity.RunState;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a run's page and the API say of its progress: counts, rate, and time left only while it goes. */
class ProgressTest {

  private static final Instant STARTED = Instant.parse("2026-11-30T10:00:00Z");

  @ParameterizedTest(name = "{0}, {1} left, {2} in the last minute: {4}% at {5}/min, {6}")
  @CsvSource(delimiter = '|', textBlock = """
      RUNNING   | 800 | 180 | 0   | 20  | 180 | about 4 min
      RUNNING   | 100 | 180 | 0   | 90  | 180 | under a minute
      RUNNING   | 1000| 0   | 0   | 0   | 0   | ''
      RUNNING   | 900 | 6   | 0   | 10  | 6   | about 2 h 30 min
      PAUSED    | 800 | 180 | 0   | 20  | 180 | ''
      FINISHED  | 0   | 0   | 600 | 100 | 100 | ''
      """)
  void progressOfARunOfAThousandRows(RunState state, long left, long lastMinute, long secondsToFinish,
      int percent, long ratePerMinute, String timeLeft) {
    BulkRun run = new BulkRun(1, "Acme", "T1", "deactivate-user", false, 1, "admin", STARTED, 1000);
    run.start(STARTED);
    if (state == RunState.PAUSED) {
      run.pause("Paused by admin.");
    } else if (state.isOver()) {
      run.end(state, null, STARTED.plusSeconds(secondsToFinish));
    }
    Map<RowState, Long> counts = new EnumMap<>(RowState.class);
    for (RowState each : RowState.values()) {
      counts.put(each, 0L);
    }
    counts.put(RowState.PENDING, left);
    counts.put(RowState.DONE, 1000 - left);
    Progress progress = new Progress(run, counts, lastMinute, Optional.of(STARTED), STARTED.plusSeconds(60));
    assertEquals(percent, progress.getPercent());
    assertEquals(ratePerMinute, progress.getRatePerMinute());
    assertEquals(timeLeft, progress.getTimeLeftText());
    assertEquals((1000 - left) + " of 1000 rows (" + percent + "%)", progress.getFinishedText(), "one percentage");
  }

  @Test
  void oneRowIsARow() {
    BulkRun run = new BulkRun(1, "Acme", "T1", "deactivate-user", false, 1, "admin", STARTED, 1);
    run.start(STARTED);
    Map<RowState, Long> counts = new EnumMap<>(RowState.class);
    for (RowState each : RowState.values()) {
      counts.put(each, 0L);
    }
    counts.put(RowState.PENDING, 1L);
    Progress progress = new Progress(run, counts, 1, Optional.of(STARTED), STARTED.plusSeconds(60));
    assertEquals("0 of 1 row (0%)", progress.getFinishedText());
    assertEquals("1 row a minute", progress.getRateText());
    assertEquals("6 rows", Progress.rows(6));
  }
}
