package com.slackadmin.connections.bulk.control;

import static com.slackadmin.connections.bulk.control.CsvSamples.bytes;
import static com.slackadmin.connections.bulk.control.CsvSamples.parse;
import static com.slackadmin.connections.bulk.control.CsvSamples.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulk run's CSV is read as RFC 4180 with a header of the card's inputs, and every problem is named by line
 * and column. Samples are written as {@link CsvSamples} says; the columns are userId (required), groupId, email.
 */
class CsvTableTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      userId⏎U1⏎U2                           | 2{userId=U1} 3{userId=U2}
      userId␍⏎U1␍⏎U2␍⏎                       | 2{userId=U1} 3{userId=U2}
      userId␍U1␍U2␍                          | 2{userId=U1} 3{userId=U2}
      userId⏎U1⏎⏎                            | 2{userId=U1}
      groupId,userId⏎S1,U1                   | 2{groupId=S1, userId=U1}
      userId,groupId⏎S1,U1                   | 2{userId=S1, groupId=U1}
      "userId",email⏎"U1","a,b@x.co"         | 2{userId=U1, email=a,b@x.co}
      userId,email⏎U1,"say ""hi""\"          | 2{userId=U1, email=say "hi"}
      userId,email⏎U1,""\""                  | 2{userId=U1, email="}
      userId,email⏎U1,"a⏎b"⏎U2,c             | 2{userId=U1, email=a⏎b} 4{userId=U2, email=c}
      userId,email⏎U1,"a␍⏎b␍⏎c"␍⏎U2,d        | 2{userId=U1, email=a␍⏎b␍⏎c} 5{userId=U2, email=d}
      userId,email⏎U1,"a␍b"⏎U2,c             | 2{userId=U1, email=a␍b} 4{userId=U2, email=c}
      userId⏎"U1⏎"                           | 2{userId=U1⏎}
      userId⏎"U1"                            | 2{userId=U1}
      """)
  void fieldsFollowRfc4180(String sample, String rows) {
    assertEquals(rows, rendered(parse(sample)).replace("\r", "␍"));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', textBlock = """
      'userId , email⏎ U1⇥, ⇥a@x.co  '      | '2{userId=U1, email=a@x.co}'
      'userId,email⏎U1," a "'               | '2{userId=U1, email= a }'
      'userId,email⏎U1 ,  "a@x.co"  '       | '2{userId=U1, email=a@x.co}'
      '" userId ",email⏎U1,a@x.co'          | '2{userId=U1, email=a@x.co}'
      """)
  void unquotedFieldsAreTrimmedAndQuotedOnesKept(String sample, String rows) {
    assertEquals(rows, rendered(parse(sample)));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', textBlock = """
      'groupId,userId,email⏎,U1,⏎S2,U2,'            | '2{userId=U1} 3{groupId=S2, userId=U2}'
      'groupId,userId,email⏎ ,U1,""'                | '2{userId=U1}'
      'groupId,userId⏎,,⏎S1,U1⏎,⏎ , ⏎'              | '3{groupId=S1, userId=U1}'
      '⏎⏎userId⏎⏎U1⏎ ⏎⇥⏎U2⏎⏎'                       | '5{userId=U1} 8{userId=U2}'
      """)
  void emptyValuesAreNotGivenAndBlankLinesAreSkipped(String sample, String rows) {
    assertEquals(rows, rendered(parse(sample)));
  }

  @ParameterizedTest(name = "[{0}] line {1} column {2}")
  @CsvSource(delimiter = '|', textBlock = """
      userId⏎U"1                      | 2 | 2 | a quote inside a field that does not start with one
      userId⏎U1 "x"                   | 2 | 4 | a quote inside a field that does not start with one
      userId⏎"U1"x                    | 2 | 5 | text after the closing quote of a field
      userId⏎"U1"  x                  | 2 | 7 | text after the closing quote of a field
      userId⏎"U1""                    | 2 | 1 | this quoted field has no closing quote
      userId,email⏎U1,"a⏎U2,b⏎U3,c    | 2 | 4 | this quoted field has no closing quote
      userId,email⏎U1,"a⏎b"⏎U2,"c     | 4 | 4 | this quoted field has no closing quote
      """)
  void aMisplacedOrMissingQuoteIsNamedByLineAndColumn(String sample, int line, int column, String problem) {
    CsvException failure = assertThrows(CsvException.class, () -> parse(sample));
    assertEquals(List.of(line, column), List.of(failure.line(), failure.column()));
    assertTrue(failure.getMessage().startsWith("Line " + line + ", column " + column + ": " + problem),
        failure.getMessage());
  }

  @ParameterizedTest(name = "[{0}] line {1}")
  @CsvSource(delimiter = '|', textBlock = """
      groupId,userId⏎S1,U1,x     | 2 | Line 2 has 3 fields; the header has 2. A value with a comma needs quotes.
      groupId,userId⏎S1,U1⏎U2    | 3 | Line 3 has 1 field; the header has 2.
      userId⏎U1⏎U2,              | 3 | Line 3 has 2 fields; the header has 1. A value with a comma needs quotes.
      userId⏎"a,b",c⏎            | 2 | Line 2 has 2 fields; the header has 1. A value with a comma needs quotes.
      """)
  void aRecordHasAsManyFieldsAsTheHeader(String sample, int line, String message) {
    CsvException failure = assertThrows(CsvException.class, () -> parse(sample));
    assertEquals(List.of(line, 0, message), List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @ParameterizedTest(name = "[{0}] line {1} column {2}")
  @CsvSource(delimiter = '|', textBlock = """
      userId,,email⏎U1,,a             | 1 | 2 | this column has no name in the header. Name it (groupId, userId, email) or delete the column.
      userId,⏎U1,                     | 1 | 2 | this column has no name in the header.
      userId,colour⏎U1,red            | 1 | 2 | "colour" is not an input of this card. The header names the columns; they can be: groupId, userId, email.
      U0123ABCD⏎U1                    | 1 | 1 | "U0123ABCD" is not an input of this card. The header names the columns;
      userid⏎U1                       | 1 | 1 | "userid" is not an input of this card; did you mean "userId"? Column names must be written exactly so.
      User ID⏎U1                      | 1 | 1 | "User ID" is not an input of this card; did you mean "userId"?
      userId,E-Mail⏎U1,a@x.co         | 1 | 2 | "E-Mail" is not an input of this card; did you mean "email"?
      userId,email,userId⏎U1,a,U2     | 1 | 3 | "userId" is also column 1. Give each input in one column only.
      '⏎ ⏎,⏎userId,user id⏎U1,U2'     | 4 | 2 | "user id" is not an input of this card; did you mean "userId"?
      """)
  void eachHeaderCellNamesAnInputExactlyAndOnce(String sample, int line, int column, String problem) {
    CsvException failure = assertThrows(CsvException.class, () -> parse(sample));
    assertEquals(List.of(line, column), List.of(failure.line(), failure.column()));
    assertTrue(failure.getMessage().startsWith("Line " + line + ", column " + column + ": " + problem),
        failure.getMessage());
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', textBlock = """
      email⏎a@x.co            | 1 | Line 1: the header has no groupId and userId columns; this card needs them.
      userId⏎U1               | 1 | Line 1: the header has no groupId column; this card needs it.
      email,groupId⏎a@x.co,S1 | 1 | Line 1: the header has no userId column; this card needs it.
      ⏎email⏎a@x.co           | 2 | Line 2: the header has no groupId and userId columns; this card needs them.
      """)
  void theRequiredInputsAreColumns(String sample, int line, String message) {
    CsvException failure = assertThrows(CsvException.class, () -> CsvTable.parse(bytes(sample),
        List.of("groupId", "userId", "email"), Set.of("userId", "groupId")));
    assertEquals(List.of(line, 0, message), List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                  | The CSV is empty.
      '⏎␍⏎  ⏎'            | The CSV is empty.
      ',,⏎ , ⏎'           | The CSV is empty.
      '{EF}{BB}{BF}'      | The CSV is empty.
      'userId'            | The CSV has a header but no rows.
      'userId⏎⏎,⏎'        | The CSV has a header but no rows.
      """)
  void aCsvHasAHeaderAndRows(String sample, String message) {
    CsvException failure = assertThrows(CsvException.class, () -> parse(sample));
    assertEquals(List.of(0, 0, message), List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @Test
  void aRunTakesAtMostMaxRows() {
    assertEquals(CsvTable.MAX_ROWS, CsvTable.parse(generated(CsvTable.MAX_ROWS), List.of("userId"), Set.of())
        .rows().size());
    CsvException failure = assertThrows(CsvException.class,
        () -> CsvTable.parse(generated(CsvTable.MAX_ROWS + 1), List.of("userId"), Set.of()));
    assertEquals(List.of(50_002, 0, "Line 50002 is row 50,001; a bulk run takes at most 50,000 rows. Split it into "
        + "smaller runs."), List.of(failure.line(), failure.column(), failure.getMessage()));
  }

  @Test
  void tenThousandRowsAreReadInOrderWithTheirLines() {
    StringBuilder csv = new StringBuilder("userName,email,givenName\r\n");
    for (int i = 1; i <= 10_000; i++) {
      csv.append("user.").append(i).append(",user.").append(i).append("@example.com,\"Given, ").append(i)
          .append("\"\r\n");
    }
    CsvTable table = CsvTable.parse(csv.toString().getBytes(StandardCharsets.UTF_8),
        List.of("userName", "email", "givenName", "familyName"), Set.of("userName", "email"));
    assertEquals(List.of("userName", "email", "givenName"), table.header());
    assertEquals(10_000, table.rows().size());
    CsvTable.Row last = table.rows().get(9_999);
    assertEquals(10_001, last.line());
    assertEquals(Map.of("userName", "user.10000", "email", "user.10000@example.com", "givenName", "Given, 10000"),
        last.values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"userId", "{EF}{BB}{BF}userId", "{EF}{BB}{BF}\"userId\""})
  void aByteOrderMarkIsSkippedAndTheHeaderIsLineOne(String header) {
    CsvTable table = parse(header + "⏎U1");
    assertEquals(List.of("userId"), table.header());
    assertEquals("2{userId=U1}", rendered(table));
  }

  @Test
  void theTableCannotBeChanged() {
    CsvTable table = parse("userId⏎U1");
    assertThrows(UnsupportedOperationException.class, () -> table.rows().clear());
    assertThrows(UnsupportedOperationException.class, () -> table.rows().get(0).values().clear());
  }

  private static byte[] generated(int rows) {
    StringBuilder csv = new StringBuilder("userId\n");
    for (int i = 0; i < rows; i++) {
      csv.append('U').append(i).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
