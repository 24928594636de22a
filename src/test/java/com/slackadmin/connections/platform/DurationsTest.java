package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long something took, as pages say it: never a count of milliseconds in the tens of thousands. */
class DurationsTest {

  @ParameterizedTest(name = "{0} ms: {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -        | ''
      0        | 0 ms
      840      | 840 ms
      1000     | 1 s
      4210     | 4.2 s
      59949    | 59.9 s
      60277    | 1 min 0 s
      754000   | 12 min 34 s
      7500000  | 2 h 5 min
      """)
  void aDurationReadsAsPeopleSayIt(Long millis, String words) {
    assertEquals(words, Durations.format(millis));
  }
}
