package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.slack.entity.SlackException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a 429 is not worth waiting for: the last attempt, no Retry-After, or a wait longer than 10 seconds. */
class RateLimitWaitTest {

  @ParameterizedTest(name = "attempt {0}, Retry-After {1}")
  @CsvSource(nullValues = "-", value = {"3, 1, 1", "1, -, -", "1, 11, 11", "2, soon, -"})
  void givesUpWithSlacksRetryAfter(int attempt, String header, Integer expectedRetryAfter) {
    SlackException gaveUp =
        assertThrows(SlackException.class, () -> RateLimitWait.beforeRetry("users.info", attempt, header));
    assertEquals("ratelimited", gaveUp.error());
    assertEquals(expectedRetryAfter, gaveUp.retryAfterSeconds());
  }
}
