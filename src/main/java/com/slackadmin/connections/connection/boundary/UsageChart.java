package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.connection.control.DailyUses;
import com.slackadmin.connections.connection.control.UsageHistory;
import com.slackadmin.connections.connection.control.UseOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a stacked bar chart of uses per day, worked out here so that the tag files that draw it
 * only print numbers: one bar a day, oldest on the left, each stacked from the bottom in the order ok,
 * refused, failed. Heights are whole units of the chart's {@code viewBox}, scaled to the busiest day; a day
 * or an outcome with any use is at least one unit tall, so a single refused use among thousands still shows.
 */
public final class UsageChart {

  /** The Connections page's trend: 30 bars in 119 x 22, wide and tall enough for one use to be seen. */
  static final Size TREND = new Size(3, 1, 22);
  /** A connection's page: 30 bars in 540 x 120, with room around for axes. */
  static final Size CHART = new Size(14, 4, 120);

  /** Width of each bar, space after it, and height of the tallest. */
  record Size(int barWidth, int gap, int height) {}

  private final UsageHistory history;
  private final Size size;
  private final List<Bar> bars;

  private UsageChart(UsageHistory history, Size size, List<Bar> bars) {
    this.history = history;
    this.size = size;
    this.bars = bars;
  }

  static UsageChart of(UsageHistory history, Size size) {
    long most = history.getMostInADay();
    List<Bar> bars = new ArrayList<>();
    int x = 0;
    for (DailyUses day : history.getDays()) {
      bars.add(new Bar(day, x, size.barWidth(), stack(day, most, size.height())));
      x += size.barWidth() + size.gap();
    }
    return new UsageChart(history, size, bars);
  }

  /** The segments of one day's bar, bottom up, with the day's share of {@code height} split among them. */
  static List<Segment> stack(DailyUses day, long most, int height) {
    List<UseOutcome> present = new ArrayList<>();
    for (UseOutcome outcome : UseOutcome.values()) {
      if (day.count(outcome) > 0) {
        present.add(outcome);
      }
    }
    if (present.isEmpty()) {
      return List.of();
    }
    int barHeight = (int) Math.max(present.size(), Math.round((double) day.getTotal() * height / most));
    int[] heights = split(day, present, barHeight - present.size());
    List<Segment> segments = new ArrayList<>();
    int top = height;
    for (int i = 0; i < present.size(); i++) {
      int h = heights[i] + 1;
      top -= h;
      segments.add(new Segment(present.get(i), day.count(present.get(i)), top, h));
    }
    return segments;
  }

  /** {@code units} split among the outcomes by their counts, whole units, largest remainders first. */
  private static int[] split(DailyUses day, List<UseOutcome> outcomes, int units) {
    int[] shares = new int[outcomes.size()];
    double[] remainders = new double[outcomes.size()];
    int given = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      double exact = (double) day.count(outcomes.get(i)) * units / day.getTotal();
      shares[i] = (int) Math.floor(exact);
      remainders[i] = exact - shares[i];
      given += shares[i];
    }
    for (; given < units; given++) {
      int largest = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[largest]) {
          largest = i;
        }
      }
      shares[largest]++;
      remainders[largest] = -1;
    }
    return shares;
  }

  public List<Bar> getBars() {
    return bars;
  }

  public UsageHistory getHistory() {
    return history;
  }

  /** The chart's {@code viewBox} width: the bars and the gaps between them. */
  public int getWidth() {
    return bars.size() * (size.barWidth() + size.gap()) - size.gap();
  }

  public int getHeight() {
    return size.height();
  }

  /** One day's bar: where it stands and what it is made of. */
  public record Bar(DailyUses day, int x, int width, List<Segment> segments) {

    public DailyUses getDay() {
      return day;
    }

    public int getX() {
      return x;
    }

    /** Where the bar's middle is, for a label under it. */
    public double getMiddle() {
      return x + width / 2.0;
    }

    public int getWidth() {
      return width;
    }

    public List<Segment> getSegments() {
      return segments;
    }
  }

  /** The part of a bar for one outcome: its top ({@code y}, downwards) and height. */
  public record Segment(UseOutcome outcome, long count, int y, int height) {

    public String getOutcome() {
      return outcome.getLabel();
    }

    public long getCount() {
      return count;
    }

    public int getY() {
      return y;
    }

    public int getHeight() {
      return height;
    }
  }
}
