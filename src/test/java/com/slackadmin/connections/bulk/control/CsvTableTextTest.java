package com.slackadmin.connections.bulk.control;

import static com.slackadmin.connections.bulk.control.CsvSamples.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CSV is UTF-8 text of at most {@link CsvTable#MAX_BYTES}: anything else is refused at the first bad byte or
 * control character, with its line and column (characters, not bytes). Samples are written as {@link CsvSamples}
 * says.
 */
class CsvTableTextTest {

  private static final String NOT_UTF_8 = "not valid UTF-8 text. Save the file as UTF-8 (CSV UTF-8) and try again.";

  @ParameterizedTest(name = "[{0}] line {1} column {2}")
  @CsvSource(delimiter = '|', textBlock = """
      userId,email⏎U1,a@x.co⏎U2,Jos{E9}@x.co     | 3 | 7
      userId,email⏎U1,Zoë{FF}                    | 2 | 7
      userId,email⏎U1,😀{C3}                     | 2 | 5
      userId,email⏎U1,"a⏎b{C3}(                  | 3 | 2
      {E9}mail                                   | 1 | 1
      userId␍⏎U{FF}                              | 2 | 2
      userId␍U{FF}                               | 2 | 2
      userId⏎U{C0}{AF}                           | 2 | 2
      userId⏎U{ED}{A0}{80}                       | 2 | 2
      {EF}{BB}{BF}userId⏎{FF}                    | 2 | 1
      {EF}{BB}{BF}{FF}                           | 1 | 1
      {EF}{BB}userId                             | 1 | 1
      {FF}{FE}u{00}s{00}                         | 1 | 1
      {FF}{00}                                   | 1 | 1
      """)
  void invalidUtf8IsNamedWhereItsBadBytesStart(String sample, int line, int column) {
    CsvException failure = assertThrows(CsvException.class, () -> parse(sample));
    assertEquals(List.of(line, column, "Line " + line + ", column " + column + ": " + NOT_UTF_8),
        List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @ParameterizedTest(name = "[{0}] line {1} column {2}")
  @CsvSource(delimiter = '|', textBlock = """
      userId⏎U{00}1                              | 2 | 2 | U+0000
      userId,email⏎U1,"a{1B}"                    | 2 | 6 | U+001B
      userId⏎U1{7F}                              | 2 | 3 | U+007F
      userId⏎U1{C2}{85}                          | 2 | 3 | U+0085
      userId⏎U1⏎{0C}                             | 3 | 1 | U+000C
      {00}{FF}                                   | 1 | 1 | U+0000
      """)
  void controlCharactersOtherThanTabCrAndLfAreNotCsvText(String sample, int line, int column, String character) {
    CsvException failure = assertThrows(CsvException.class, () -> parse(sample));
    assertEquals(List.of(line, column, "Line " + line + ", column " + column
        + ": this does not look like CSV text (control character " + character + ")."),
        List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @Test
  void anExcelWorkbookIsNamedAsSuch() {
    CsvException failure = assertThrows(CsvException.class, () -> parse("PK{03}{04}{14}{00}{06}{00}"));
    assertEquals("Line 1, column 1: this is a ZIP file, such as an Excel workbook (.xlsx), not CSV text. Save it as "
        + "CSV UTF-8 and try again.", failure.getMessage());
  }

  @Test
  void aCsvOfAtMostMaxBytesIsRead() {
    byte[] bytes = new byte[CsvTable.MAX_BYTES];
    Arrays.fill(bytes, (byte) 'U');
    byte[] header = "userId\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    assertEquals(CsvTable.MAX_BYTES - header.length,
        CsvTable.parse(bytes, List.of("userId"), Set.of()).rows().get(0).values().get("userId").length());
  }

  @ParameterizedTest(name = "{0} bytes: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      4194305  | The CSV is larger than 4 MB; a bulk run takes at most 4 MB and 50,000 rows. Split it into smaller files.
      10485760 | The CSV is larger than 4 MB; a bulk run takes at most 4 MB and 50,000 rows. Split it into smaller files.
      """)
  void aLargerCsvIsRefusedBeforeItIsDecoded(int size, String message) {
    byte[] junk = new byte[size];
    new Random(size).nextBytes(junk);
    CsvException failure = assertThrows(CsvException.class, () -> read(junk));
    assertEquals(List.of(0, 0, message), List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @Test
  void binaryJunkUnderTheLimitIsRefusedAsNotText() {
    byte[] junk = new byte[1024 * 1024];
    new Random(42).nextBytes(junk);
    CsvException failure = assertThrows(CsvException.class, () -> read(junk));
    assertTrue(failure.line() >= 1 && failure.column() >= 1, failure.getMessage());
    assertTrue(failure.getMessage().endsWith(NOT_UTF_8) || failure.getMessage().contains("control character"),
        failure.getMessage());
  }

  private static CsvTable read(byte[] bytes) {
    return CsvTable.parse(bytes, CsvSamples.COLUMNS, CsvSamples.REQUIRED);
  }
}
