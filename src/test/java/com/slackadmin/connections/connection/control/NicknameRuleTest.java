package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NicknameRuleTest {

  @ParameterizedTest(name = "[{0}] ok={1}")
  @CsvSource(nullValues = "NULL", value = {
      "Acme, true", "'  Acme  ', true", "'', false", "'   ', false", "NULL, false", "a, true"})
  void checks(String nickname, boolean ok) {
    assertEquals(ok, NicknameRule.problem(nickname).isEmpty());
  }

  @org.junit.jupiter.api.Test
  void allowsEightyCharactersAfterTrimmingButNotEightyOne() {
    assertEquals(true, NicknameRule.problem(" " + "x".repeat(80) + " ").isEmpty());
    assertEquals(false, NicknameRule.problem("x".repeat(81)).isEmpty());
  }
}
