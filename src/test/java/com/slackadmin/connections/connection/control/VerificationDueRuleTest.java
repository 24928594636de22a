package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.connection.entity.ConnectionStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the health sweep checks a connection again. */
class VerificationDueRuleTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @ParameterizedTest(name = "{0}, verified {1} h ago, interval {2}: due {3}")
  @CsvSource(nullValues = "-", textBlock = """
      ACTIVE,                   1,  PT24H, false
      ACTIVE,                   23, PT24H, false
      ACTIVE,                   24, PT24H, true
      ACTIVE,                   25, PT24H, true
      ACTIVE,                   -,  PT24H, true
      PERMISSION_LOST,          25, PT24H, true
      PERMISSION_LOST,          2,  PT24H, false
      REAUTHORIZATION_REQUIRED, 25, PT24H, false
      REAUTHORIZATION_REQUIRED, -,  PT24H, false
      ACTIVE,                   25, PT0S,  false
      ACTIVE,                   -,  PT0S,  false
      ACTIVE,                   2,  PT1H,  true
      """)
  void aConnectionIsDueOnceItsLastVerificationIsAsOldAsTheInterval(ConnectionStatus status, Integer hoursAgo,
      Duration interval, boolean due) {
    Instant verified = hoursAgo == null ? null : NOW.minus(Duration.ofHours(hoursAgo));
    assertEquals(due, VerificationDueRule.isDue(status, verified, interval, NOW));
  }
}
