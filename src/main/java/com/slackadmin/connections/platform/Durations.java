package com.slackadmin.connections.platform;

/**
 * Formats how long something took for pages: "840 ms", "4.2 s", "1 min 0 s", "2 h 5 min". Views call it as the
 * EL function {@code f:duration} ({@code WEB-INF/console.tld}); the JSON API keeps milliseconds.
 */
public final class Durations {

  private Durations() {}

  /** @param millis a duration in milliseconds; null is "" */
  public static String format(Long millis) {
    if (millis == null) {
      return "";
    }
    long ms = Math.max(0, millis);
    if (ms < 1_000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      long tenths = Math.round(ms / 100.0);
      return tenths % 10 == 0 ? tenths / 10 + " s" : tenths / 10 + "." + tenths % 10 + " s";
    }
    long seconds = ms / 1_000;
    if (seconds < 3_600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3_600 + " h " + seconds % 3_600 / 60 + " min";
  }
}
