package com.slackadmin.connections.sandbox.entity;

import java.util.Locale;

/** A misbehaviour to answer the next calls with, as a real Slack sometimes does. */
public record Fault(Kind kind, int retryAfterSeconds, long delayMillis) {

  public enum Kind {
    /** 429 with {@code Retry-After}. */
    RATE_LIMITED,
    /** 500 with an HTML body, as a failing proxy would send. */
    SERVER_ERROR,
    /** the normal answer, after a delay. */
    SLOW,
    /** 200 with a body that is not JSON. */
    MALFORMED;

    public static Kind parse(String text) {
      return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
