package com.slackadmin.connections.bulk.control;

import static com.slackadmin.connections.bulk.control.CsvSamples.rendered;
import static com.slackadmin.connections.bulk.control.CsvSamples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console's "one user id or email per line" list: one value a line, blank lines skipped, nothing guessed.
 * Samples are written as {@link CsvSamples} says.
 */
class CsvTableOneColumnTest {

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', textBlock = """
      'U1'                                 | '1{userId=U1}'
      'U1⏎U2⏎'                             | '1{userId=U1} 2{userId=U2}'
      '⏎ U1 ⏎⏎⇥a@x.co⇥␍⏎U3␍U4␍⏎  ⏎'        | '2{userId=U1} 4{userId=a@x.co} 5{userId=U3} 6{userId=U4}'
      """)
  void eachLineIsOneValueTrimmed(String sample, String rows) {
    CsvTable table = CsvTable.oneColumn(text(sample), "userId");
    assertEquals(List.of("userId"), table.header());
    assertEquals(rows, rendered(table));
  }

  @ParameterizedTest(name = "[{0}] line {1} column {2}")
  @CsvSource(delimiter = '|', textBlock = """
      'U1⏎U2,U3'          | 2 | 3 | a comma. Put one user id or email on each line.
      'U1⏎U2,'            | 2 | 3 | a comma. Put one user id or email on each line.
      ' U1 , U2'          | 1 | 5 | a comma. Put one user id or email on each line.
      'U1⏎⏎ U2  U3'       | 3 | 6 | a second value. Put one user id or email on each line.
      'Zoë⇥U2'            | 1 | 5 | a second value. Put one user id or email on each line.
      'U1⏎Ada Lovelace'   | 2 | 5 | a second value. Put one user id or email on each line.
      'U1⏎U{00}2'         | 2 | 2 | this does not look like CSV text (control character U+0000).
      """)
  void aLineWithACommaOrASecondWordIsRefused(String sample, int line, int column, String problem) {
    CsvException failure = assertThrows(CsvException.class,
        () -> CsvTable.oneColumn(text(sample).replace("{00}", "\0"), "userId"));
    assertEquals(List.of(line, column, "Line " + line + ", column " + column + ": " + problem),
        List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      ''
      '⏎ ⏎⇥␍⏎'
      """)
  void anEmptyListIsRefused(String sample) {
    CsvException failure = assertThrows(CsvException.class, () -> CsvTable.oneColumn(text(sample), "userId"));
    assertEquals("The list is empty.", failure.getMessage());
  }

  @Test
  void aListTakesAtMostMaxRows() {
    String ids = "U1\n".repeat(CsvTable.MAX_ROWS);
    assertEquals(CsvTable.MAX_ROWS, CsvTable.oneColumn(ids, "userId").rows().size());
    CsvException failure = assertThrows(CsvException.class, () -> CsvTable.oneColumn(ids + "U2", "userId"));
    assertEquals(List.of(50_001, "Line 50001 is value 50,001; a bulk run takes at most 50,000 values. Split it into "
        + "smaller runs."), List.of(failure.line(), failure.getMessage()));
  }
}
