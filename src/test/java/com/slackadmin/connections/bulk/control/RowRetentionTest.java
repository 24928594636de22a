package com.slackadmin.connections.bulk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RunState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which runs lose their rows: those over (finished or cancelled) for longer than the retention, and no others. */
class RowRetentionTest {

  private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

  @ParameterizedTest(name = "{0}, over {1} h ago, kept {2} days: due {3}")
  @CsvSource(delimiter = '|', textBlock = """
      FINISHED  | 2161 | 90 | true
      FINISHED  | 2160 | 90 | false
      FINISHED  | 2159 | 90 | false
      CANCELLED | 2200 | 90 | true
      FINISHED  | 25   | 1  | true
      FINISHED  | 23   | 1  | false
      PAUSED    | 9999 | 1  | false
      RUNNING   | 9999 | 1  | false
      """)
  void aRunIsDueOnlyOnceOverForLongerThanTheRetention(RunState state, long hoursAgo, int days, boolean due) {
    BulkRun run = new BulkRun(1, "Acme", "T1", "deactivate-user", false, 1, "admin", NOW.minus(Duration.ofDays(400)),
        10);
    run.start(NOW.minus(Duration.ofDays(400)));
    if (state == RunState.PAUSED) {
      run.pause("Paused by admin.");
    } else if (state.isOver()) {
      run.end(state, null, NOW.minus(Duration.ofHours(hoursAgo)));
    }
    assertEquals(due, RowRetention.due(run, NOW, days));
  }

  @ParameterizedTest
  @CsvSource({"90, 2026-09-09T12:00:00Z", "1, 2026-12-07T12:00:00Z", "3650, 2016-12-10T12:00:00Z"})
  void theCutOffIsThatManyWholeDaysBeforeNow(int days, Instant cutOff) {
    assertEquals(cutOff, RowRetention.cutOff(NOW, days));
  }

  @ParameterizedTest
  @CsvSource({"90, 90", "' 7 ', 7", "1, 1", "3650, 3650"})
  void daysAreAWholeNumberInRange(String typed, int days) {
    assertEquals(days, RowRetention.parseDays(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "3651", "ninety", "1.5", ""})
  void anythingElseIsRefusedSayingWhatIsAccepted(String typed) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> RowRetention.parseDays(typed));
    assertTrue(refused.getMessage().startsWith("Enter a whole number of days from 1 to 3650"), refused.getMessage());
  }
}
