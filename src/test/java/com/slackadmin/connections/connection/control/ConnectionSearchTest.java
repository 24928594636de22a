package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionSearchTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Acme, %acme%",
      "ACME Grid, %acme grid%",
      "100%, %100!%%",
      "a_b, %a!_b%",
      "wow!, %wow!!%",
      "'x'' or 1=1 --', '%x'' or 1=1 --%'",
  })
  void theWordsMatchOnlyThemselvesIgnoringCase(String typed, String pattern) {
    assertEquals(pattern, ConnectionSearch.pattern(typed));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(nullValues = "none", value = {"none", "''", "'   '"})
  void nothingTypedIsNoSearch(String typed) {
    assertEquals(Optional.empty(), ConnectionSearch.clean(typed));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"'  acme  ', acme"})
  void theSearchIsTrimmedAndCut(String typed, String cleaned) {
    assertEquals(Optional.of(cleaned), ConnectionSearch.clean(typed));
    assertEquals(ConnectionSearch.MAX_LENGTH, ConnectionSearch.clean("x".repeat(500)).orElseThrow().length());
  }

  /** A null byte would make PostgreSQL refuse the query, and no stored text holds one: it is left out. */
  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"'ac\u0000me', acme", "'\u0007acme\u001b', acme"})
  void controlCharactersAreLeftOut(String typed, String cleaned) {
    assertEquals(Optional.of(cleaned), ConnectionSearch.clean(typed));
    assertEquals(Optional.empty(), ConnectionSearch.clean("\u0000"));
  }
}
