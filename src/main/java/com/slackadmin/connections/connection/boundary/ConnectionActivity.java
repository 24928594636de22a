package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.connection.control.UsageHistory;
import com.slackadmin.connections.connection.control.UseOutcome;
import com.slackadmin.connections.connection.entity.SlackConnection;

/**
 * What a page shows of a connection's uses: how its last use ended, and its uses per day as a chart. Both come
 * from the one definition of a use ({@link UseOutcome}).
 */
public final class ConnectionActivity {

  private final UseOutcome lastUse;
  private final UsageChart chart;

  private ConnectionActivity(UseOutcome lastUse, UsageChart chart) {
    this.lastUse = lastUse;
    this.chart = chart;
  }

  /** For a row of the Connections page: a small trend. */
  static ConnectionActivity trend(SlackConnection connection, UsageHistory history) {
    return of(connection, UsageChart.of(history, UsageChart.TREND));
  }

  /** For a connection's own page: a chart with room for axes. */
  static ConnectionActivity chart(SlackConnection connection, UsageHistory history) {
    return of(connection, UsageChart.of(history, UsageChart.CHART));
  }

  private static ConnectionActivity of(SlackConnection connection, UsageChart chart) {
    return new ConnectionActivity(UseOutcome.of(connection.getLastUseOutcome()).orElse(null), chart);
  }

  /** How the last use ended (ok, refused, failed), or null when it was never used or it is not known. */
  public UseOutcome getLastUse() {
    return lastUse;
  }

  public UsageChart getChart() {
    return chart;
  }

  public UsageHistory getHistory() {
    return chart.getHistory();
  }
}
