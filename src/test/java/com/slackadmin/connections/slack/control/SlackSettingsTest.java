package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.platform.StartRefusedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Without Slack credentials the sandbox answers; with them, slack.com (or the endpoints configured). */
class SlackSettingsTest {

  private static SlackSettings settings(String clientId, String secret) {
    SlackSettings settings = new SlackSettings();
    settings.clientId = Optional.ofNullable(clientId);
    settings.clientSecret = Optional.ofNullable(secret);
    settings.authorizeUrl = Optional.empty();
    settings.apiUrl = Optional.empty();
    settings.scimUrl = Optional.empty();
    settings.publicUrl = "https://connections.example.com/";
    return settings;
  }

  @Test
  void withoutCredentialsTheSandboxIsUsed() {
    SlackSettings sandbox = settings(null, " ");
    assertTrue(sandbox.isSandbox());
    assertEquals("https://connections.example.com/sandbox/oauth/v2/authorize", sandbox.authorizeUrl());
    assertEquals("https://connections.example.com/sandbox/api/", sandbox.apiUrl());
    assertEquals("https://connections.example.com/sandbox/scim/v2/", sandbox.scimUrl());
    assertEquals("sandbox-client-id", sandbox.clientId());
  }

  @Test
  void withCredentialsSlackItselfIsUsed() {
    SlackSettings real = settings("123.456", "s3cret");
    assertFalse(real.isSandbox());
    assertEquals("https://slack.com/oauth/v2/authorize", real.authorizeUrl());
    assertEquals("https://slack.com/api/", real.apiUrl());
    assertEquals("https://api.slack.com/scim/v2/", real.scimUrl());
    assertEquals("123.456", real.clientId());
    assertEquals("https://connections.example.com/app/connections/callback", real.redirectUri());
  }

  @Test
  void configuredEndpointsWinAndGainTheirSlash() {
    SlackSettings custom = settings("123.456", "s3cret");
    custom.apiUrl = Optional.of("http://slack.internal/api");
    custom.scimUrl = Optional.of("http://slack.internal/scim/v2/");
    assertEquals("http://slack.internal/api/", custom.apiUrl());
    assertEquals("http://slack.internal/scim/v2/", custom.scimUrl());
  }

  /** One credential without the other refuses the start, saying which is missing; none or both start. */
  @ParameterizedTest(name = "SLACK_CLIENT_ID={0}, SLACK_CLIENT_SECRET={1}")
  @CsvSource(nullValues = "UNSET", value = {
      "123.456, UNSET,  SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET is empty or unset",
      "123.456, '  ',   SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET is empty or unset",
      "UNSET,   s3cret, SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is empty or unset",
      "'',      s3cret, SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is empty or unset",
      "UNSET,   UNSET,  UNSET",
      "'',      '',     UNSET",
      "123.456, s3cret, UNSET"})
  void halfConfiguredSlackRefusesTheStart(String clientId, String secret, String refusal) {
    SlackSettings configured = settings(clientId, secret);
    assertEquals(Optional.ofNullable(refusal), configured.halfConfigured().map(r -> r.substring(0, r.indexOf(':'))));
    if (refusal != null) {
      assertFalse(configured.isSandbox(), "never the sandbox where Slack was meant");
      assertThrows(StartRefusedException.class, () -> configured.check(null));
    }
  }
}
