package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
