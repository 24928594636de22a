package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A connection's uses per day: recorded outcomes add up by day and outcome, attempts that are not uses and days
 * outside the window are left out, and the counts and the summary are the days' sums.
 */
class UsageHistoryTest {

  static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

  @Test
  void aWindowStartsOnItsFirstDayAndHasOneEntryADay() {
    UsageHistory none = UsageHistory.none(FIRST, 30);
    assertEquals(30, none.getDayCount());
    assertEquals(FIRST, none.getDays().get(0).day());
    assertEquals(LocalDate.of(2026, 11, 30), none.getDays().get(29).day());
    assertEquals(0, none.getTotal());
    assertEquals("no uses", none.getCounts());
    assertEquals("30 days: no uses", none.getSummary());
  }

  /** Each row: day, recorded outcome, count; then the expected ok, refused, failed of that window. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one ok                        | 3:ok:1                                  | 1 | 0 | 0
      a refused card run            | 3:permission_lost:1                     | 0 | 1 | 0
      each reason its class         | 0:target_outranks_connection:2 0:slack_error:1 0:internal_error:4 | 0 | 2 | 5
      validation is not a use       | 1:ok:2 1:validation_failed:7            | 2 | 0 | 0
      days outside are left out     | -1:ok:5 30:ok:5 29:ok:1                 | 1 | 0 | 0
      rows of one day add up        | 5:ok:1 5:ok:2 5:rate_limited:1          | 3 | 0 | 1
      """)
  void recordedOutcomesAddUpByOutcome(String name, String rows, long ok, long refused, long failed) {
    UsageHistory history = tally(rows);
    assertEquals(ok, history.getOk());
    assertEquals(refused, history.getRefused());
    assertEquals(failed, history.getFailed());
    assertEquals(ok + refused + failed, history.getTotal());
    assertEquals(history.getTotal(), history.getDays().stream().mapToLong(DailyUses::getTotal).sum());
  }

  @Test
  void theSummarySaysTheCountsByOutcomeAndTheBusiestDay() {
    UsageHistory history = tally("11:ok:30 11:permission_lost:2 11:slack_unavailable:1 20:ok:8 20:slack_error:1");
    assertEquals("42 uses (38 ok, 2 refused, 2 failed)", history.getCounts());
    assertEquals("30 days: 42 uses (38 ok, 2 refused, 2 failed); busiest day 12 Nov with 33", history.getSummary());
    assertEquals("12 Nov: 33 uses (30 ok, 2 refused, 1 failed)", history.getDays().get(11).getSummary());
    assertEquals(33, history.getMostInADay());
  }

  @Test
  void ofDaysWithEqualCountsTheLatestIsTheBusiest() {
    assertEquals(LocalDate.of(2026, 11, 9), tally("2:ok:4 8:failed:4 5:ok:1").busiestDay().orElseThrow().day());
  }

  @Test
  void theWindowsCountIsWordedToReadBesideAChart() {
    assertEquals("No uses in 30 days", UsageHistory.none(FIRST, 30).getInWindow());
    assertEquals("3 uses in 30 days (1 ok, 1 refused, 1 failed)",
        tally("0:ok:1 3:permission_lost:1 29:slack_error:1").getInWindow());
    assertEquals("1 use in 30 days (1 ok, 0 refused, 0 failed)", tally("4:ok:1").getInWindow());
  }

  @Test
  void oneUseIsWordedAsOne() {
    assertEquals("1 use (0 ok, 1 refused, 0 failed)", tally("0:reauthorization_required:1").getCounts());
  }

  @Test
  void daysAreWrittenAsTheConsoleWritesThem() {
    assertEquals(List.of("1 Nov", "30 Nov"), List.of(UsageHistory.none(FIRST, 30).getDays().get(0).getLabel(),
        UsageHistory.none(FIRST, 30).getDays().get(29).getLabel()));
  }

  /** A 30-day history from rows written day:outcome:count. */
  static UsageHistory tally(String rows) {
    UsageHistory.Tally tally = new UsageHistory.Tally(FIRST, 30);
    for (String row : rows.trim().split("\\s+")) {
      String[] parts = row.split(":");
      tally.add(Integer.parseInt(parts[0]), parts[1], Long.parseLong(parts[2]));
    }
    return tally.history();
  }
}
