package com.slackadmin.connections.slack.control;

import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;

/**
 * What to do when Slack answers 429: wait the {@code Retry-After} it asks for and try again, at most
 * {@link #MAX_ATTEMPTS} times and never longer than {@link #MAX_WAIT_SECONDS} a wait, so that a person
 * waiting for a page is not held for minutes. Shared by the Web API and SCIM calls.
 */
final class RateLimitWait {

  static final int MAX_ATTEMPTS = 3;
  static final int MAX_WAIT_SECONDS = 10;

  private RateLimitWait() {}

  /**
   * Waits before the next attempt, or gives up.
   *
   * @throws SlackException {@code ratelimited}, with Slack's Retry-After, when another attempt is not worth it
   */
  static void beforeRetry(String what, int attempt, String retryAfterHeader) {
    Integer retryAfter = parse(retryAfterHeader);
    if (attempt >= MAX_ATTEMPTS || retryAfter == null || retryAfter > MAX_WAIT_SECONDS) {
      throw new SlackException("ratelimited", "Slack is rate limiting " + what + "; try again"
          + (retryAfter == null ? " shortly." : " in " + retryAfter + " seconds."), retryAfter);
    }
    try {
      Thread.sleep(Math.max(1, retryAfter) * 1000L);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new SlackUnavailableException("interrupted", "Waiting for Slack was interrupted.");
    }
  }

  /** Slack's {@code Retry-After} in whole seconds, at least 1 (also when it sent none or nonsense). */
  static int seconds(String retryAfterHeader) {
    Integer parsed = parse(retryAfterHeader);
    return parsed == null ? 1 : Math.max(1, parsed);
  }

  private static Integer parse(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException ignored) {
      return null;
    }
  }
}
