package com.slackadmin.connections.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxSwitchTest {

  @ParameterizedTest(name = "SLACK_CLIENT_ID={0}, SLACK_CLIENT_SECRET={1} -> sandbox on: {2}")
  @CsvSource(nullValues = "UNSET", value = {
      "UNSET, UNSET, true",
      "id,    UNSET, false",
      "UNSET, secret, false",
      "'',    '',    true",
      "'  ',  secret, false",
      "id,    '',    false",
      "id,    secret, false"})
  void theSandboxIsOnOnlyWhileNeitherRealSlackCredentialIsSet(String id, String secret, boolean on) {
    assertEquals(on, SandboxSwitch.isOn(Optional.ofNullable(id), Optional.ofNullable(secret)));
  }
}
