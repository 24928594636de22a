package com.slackadmin.connections.connection.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A connection's uses per day over a window of days ending today (UTC, as every date of the console), by
 * outcome. The totals are the days' sums, so a page that shows both a count and a chart cannot disagree with
 * itself.
 */
public final class UsageHistory {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private final List<DailyUses> days;

  private UsageHistory(List<DailyUses> days) {
    this.days = List.copyOf(days);
  }

  /** A window with no uses. */
  public static UsageHistory none(LocalDate firstDay, int dayCount) {
    return new Tally(firstDay, dayCount).history();
  }

  /** The days, oldest first. */
  public List<DailyUses> getDays() {
    return days;
  }

  public int getDayCount() {
    return days.size();
  }

  public long count(UseOutcome outcome) {
    return days.stream().mapToLong(day -> day.count(outcome)).sum();
  }

  public long getTotal() {
    return days.stream().mapToLong(DailyUses::getTotal).sum();
  }

  public long getOk() {
    return count(UseOutcome.OK);
  }

  public long getRefused() {
    return count(UseOutcome.REFUSED);
  }

  public long getFailed() {
    return count(UseOutcome.FAILED);
  }

  /** The most uses on one day; 0 when there were none. */
  public long getMostInADay() {
    return days.stream().mapToLong(DailyUses::getTotal).max().orElse(0);
  }

  /** The day with the most uses, the latest of equals; empty when there were none. */
  public Optional<DailyUses> busiestDay() {
    return days.stream().filter(day -> day.getTotal() > 0)
        .max(Comparator.comparingLong(DailyUses::getTotal).thenComparing(DailyUses::day));
  }

  /** The counts in words: "41 uses (38 ok, 2 refused, 1 failed)", or "no uses". */
  public String getCounts() {
    return counts(getTotal(), getOk(), getRefused(), getFailed());
  }

  /**
   * The window's count in words, to read beside a chart: "3 uses in 30 days (2 ok, 1 refused, 0 failed)", or
   * "No uses in 30 days".
   */
  public String getInWindow() {
    long total = getTotal();
    String days = " in " + this.days.size() + " days";
    if (total == 0) {
      return "No uses" + days;
    }
    return total + (total == 1 ? " use" : " uses") + days + " (" + getOk() + " ok, " + getRefused() + " refused, "
        + getFailed() + " failed)";
  }

  /** The whole window in words, for a chart's text alternative. */
  public String getSummary() {
    return days.size() + " days: " + getCounts()
        + busiestDay().map(day -> "; busiest day " + day.getLabel() + " with " + day.getTotal()).orElse("");
  }

  static String counts(long total, long ok, long refused, long failed) {
    if (total == 0) {
      return "no uses";
    }
    return total + (total == 1 ? " use" : " uses") + " (" + ok + " ok, " + refused + " refused, " + failed
        + " failed)";
  }

  /** Adds up counts of recorded outcomes per day into a history. */
  public static final class Tally {

    private final List<DailyUses> days = new ArrayList<>();

    public Tally(LocalDate firstDay, int dayCount) {
      for (int i = 0; i < dayCount; i++) {
        days.add(DailyUses.none(firstDay.plusDays(i)));
      }
    }

    /**
     * Counts {@code count} attempts recorded with {@code outcome} on day {@code day} (0 is the first); attempts
     * that are not uses, and days outside the window, are left out.
     */
    public Tally add(int day, String outcome, long count) {
      if (day >= 0 && day < days.size()) {
        UseOutcome.of(outcome).ifPresent(use -> days.set(day, days.get(day).plus(use, count)));
      }
      return this;
    }

    public UsageHistory history() {
      return new UsageHistory(days);
    }
  }
}
