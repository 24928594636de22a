package com.slackadmin.connections.connection.control;

import java.time.LocalDate;

/** A connection's uses on one day (UTC), by outcome. */
public record DailyUses(LocalDate day, long ok, long refused, long failed) {

  public static DailyUses none(LocalDate day) {
    return new DailyUses(day, 0, 0, 0);
  }

  public long count(UseOutcome outcome) {
    return switch (outcome) {
      case OK -> ok;
      case REFUSED -> refused;
      case FAILED -> failed;
    };
  }

  DailyUses plus(UseOutcome outcome, long count) {
    return new DailyUses(day, ok + (outcome == UseOutcome.OK ? count : 0),
        refused + (outcome == UseOutcome.REFUSED ? count : 0), failed + (outcome == UseOutcome.FAILED ? count : 0));
  }

  public long getTotal() {
    return ok + refused + failed;
  }

  public LocalDate getDay() {
    return day;
  }

  public long getOk() {
    return ok;
  }

  public long getRefused() {
    return refused;
  }

  public long getFailed() {
    return failed;
  }

  /** The day in words: "12 Nov: 9 uses (8 ok, 0 refused, 1 failed)". */
  public String getSummary() {
    return getLabel() + ": " + UsageHistory.counts(getTotal(), ok, refused, failed);
  }

  /** The day as the console writes it: 12 Nov. */
  public String getLabel() {
    return UsageHistory.DAY.format(day);
  }
}
