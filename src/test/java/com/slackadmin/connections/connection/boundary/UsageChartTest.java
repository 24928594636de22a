package com.slackadmin.connections.connection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.connection.control.DailyUses;
import com.slackadmin.connections.connection.control.UsageHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The geometry of the charts of uses: bars side by side, each stacked bottom up as ok, refused, failed, scaled to
 * the busiest day in whole units, and no outcome with a use drawn too thin to see.
 */
class UsageChartTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 12);

  /** A day's ok, refused, failed; the busiest day's total; then each segment as outcome:top:height, bottom up. */
  @ParameterizedTest(name = "{0}/{1}/{2} of {3} in 20")
  @CsvSource(delimiter = '|', textBlock = """
      10 | 0 | 0 | 10   | ok:0:20
       5 | 0 | 0 | 10   | ok:10:10
       0 | 0 | 0 | 10   | ''
       1 | 1 | 0 | 4    | ok:15:5 refused:10:5
       2 | 1 | 1 | 4    | ok:10:10 refused:5:5 failed:0:5
       1 | 0 | 0 | 1000 | ok:19:1
       0 | 1 | 0 | 1000 | refused:19:1
     998 | 1 | 1 | 1000 | ok:2:18 refused:1:1 failed:0:1
       1 | 1 | 1 | 1000 | ok:19:1 refused:18:1 failed:17:1
       3 | 0 | 3 | 9    | ok:13:7 failed:7:6
      """)
  void eachDayIsStackedOkRefusedFailedFromTheBottom(long ok, long refused, long failed, long most, String expected) {
    String segments = UsageChart.stack(new DailyUses(DAY, ok, refused, failed), most, 20).stream()
        .map(s -> s.getOutcome() + ":" + s.getY() + ":" + s.getHeight()).collect(Collectors.joining(" "));
    assertEquals(expected, segments);
  }

  @Test
  void barsStandSideBySideAndTheBusiestDayIsFullHeight() {
    UsageHistory.Tally tally = new UsageHistory.Tally(DAY.minusDays(29), 30);
    tally.add(0, "ok", 4).add(29, "ok", 8).add(29, "permission_lost", 2);
    UsageChart trend = UsageChart.of(tally.history(), UsageChart.TREND);
    assertEquals(120 - 1, trend.getWidth(), "30 bars of 3 (wide enough to be seen) with 29 gaps of 1");
    assertEquals(22, trend.getHeight());
    List<UsageChart.Bar> bars = trend.getBars();
    assertEquals(30, bars.size());
    assertEquals(List.of(0, 4, 116), List.of(bars.get(0).getX(), bars.get(1).getX(), bars.get(29).getX()));
    assertEquals(9, bars.get(0).getSegments().get(0).getHeight(), "4 of 10 in 22 units");
    assertEquals(0, bars.get(29).getSegments().get(1).getY(), "the busiest day reaches the top");
    assertTrue(bars.get(1).getSegments().isEmpty());
    assertEquals(List.of(1.5, 117.5), List.of(bars.get(0).getMiddle(), bars.get(29).getMiddle()));
  }

  @Test
  void theConnectionsChartHasRoomForThirtyWideBars() {
    UsageChart chart = UsageChart.of(UsageHistory.none(DAY, 30), UsageChart.CHART);
    assertEquals(30 * 18 - 4, chart.getWidth());
    assertEquals(120, chart.getHeight());
    assertEquals(7.0, chart.getBars().get(0).getMiddle());
  }
}
