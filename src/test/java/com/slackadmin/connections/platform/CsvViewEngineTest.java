package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvViewEngineTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of("a,b", "\"a,b\""),
        Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
        Arguments.of("two\nlines", "\"two\nlines\""),
        Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        Arguments.of("+1", "'+1"),
        Arguments.of("-2", "'-2"),
        Arguments.of("@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("\tx", "'\tx"),
        Arguments.of("", ""),
        Arguments.of(null, ""));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void aCellIsQuotedWhenItMustBeAndNeverRunAsAFormula(String value, String expected) {
    assertEquals(expected, CsvViewEngine.cell(value));
  }

  @Test
  void aLineEndsInCrLfAndAMissingCellIsEmpty() throws IOException {
    StringWriter out = new StringWriter();
    CsvViewEngine.line(out, Arrays.asList("a", null, "b,c"));
    assertEquals("a,,\"b,c\"\r\n", out.toString());
  }
}
