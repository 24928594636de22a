package com.slackadmin.connections.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a failed delivery is tried again, and when it is given up. */
class RetryScheduleTest {

  @ParameterizedTest(name = "first {0}, {1} attempts, after attempt {2}: wait {3}")
  @CsvSource(nullValues = "-", textBlock = """
      PT30S, 8, 1,  PT30S
      PT30S, 8, 2,  PT1M
      PT30S, 8, 3,  PT2M
      PT30S, 8, 7,  PT32M
      PT30S, 8, 8,  -
      PT30S, 8, 9,  -
      PT1S,  3, 1,  PT1S
      PT1S,  3, 2,  PT2S
      PT1S,  3, 3,  -
      PT1S,  1, 1,  -
      PT20M, 8, 4,  PT1H
      PT20M, 8, 7,  PT1H
      """)
  void eachRetryWaitsTwiceAsLongUntilTheLastAttempt(Duration first, int maxAttempts, int made, Duration wait) {
    assertEquals(Optional.ofNullable(wait), new RetrySchedule(first, maxAttempts).next(made));
  }

  @Test
  void theDefaultScheduleGivesUpAboutAnHourAfterTheFirstAttempt() {
    assertEquals(Duration.ofSeconds(3810), new RetrySchedule(Duration.ofSeconds(30), 8).span());
  }

  @Test
  void aScheduleWithoutWaitOrAttemptsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, 3));
    assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(1), 0));
  }
}
