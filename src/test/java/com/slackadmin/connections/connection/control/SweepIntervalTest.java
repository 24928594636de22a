package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HEALTH_SWEEP_INTERVAL as people write it, and what is refused. */
class SweepIntervalTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(textBlock = """
      24h,     PT24H
      0,       PT0S
      90m,     PT1H30M
      2d,      PT48H
      45s,     PT45S
      ' 12H ', PT12H
      PT6H,    PT6H
      pt30m,   PT30M
      """)
  void anIntervalIsReadInEitherForm(String text, String expected) {
    assertEquals(Duration.parse(expected), SweepInterval.parse(text));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "24", "-1h", "1w", "h", "PT-1H", "24 hours", "1.5h"})
  void anythingElseIsRefusedWithWhatIsAccepted(String text) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SweepInterval.parse(text));
    assertTrue(refused.getMessage().contains("such as 24h"), refused.getMessage());
  }
}
