package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.impl.TeamIdCache;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Slack SDK as the application configures it. With its statistics on, the SDK resolves every token's team
 * with an extra {@code auth.test} and keeps the plaintext token in a static, unbounded map ({@code TeamIdCache})
 * for the life of the process, revoked and rotated tokens included; the application turns them off.
 */
class SlackClientsTest {

  @Test
  void theSdkMakesNoCallsOfItsOwnAndKeepsNoToken() throws Exception {
    SlackSettings settings = new SlackSettings();
    settings.clientId = Optional.empty();
    settings.clientSecret = Optional.empty();
    settings.authorizeUrl = Optional.empty();
    settings.apiUrl = Optional.of("http://127.0.0.1:1/api/"); // nothing listens there
    settings.scimUrl = Optional.of("http://127.0.0.1:1/scim/v2/");
    settings.publicUrl = "http://127.0.0.1:1";
    settings.timeoutSeconds = 1;
    SlackClients clients = new SlackClients();
    clients.settings = settings;
    clients.create();
    try {
      assertFalse(clients.slack().getConfig().getMethodsConfig().isStatsEnabled(), "Web API statistics");
      assertFalse(clients.slack().getConfig().getSCIM2Config().isStatsEnabled(), "SCIM statistics");

      assertThrows(IOException.class, () -> clients.slack().methods("xoxp-kept-nowhere").authTest(r -> r));
      assertThrows(IOException.class, () -> clients.slack().scim2("xoxp-kept-nowhere").readUser(r -> r.id("U1")));
      Field cache = TeamIdCache.class.getDeclaredField("TOKEN_TO_TEAM_ID");
      cache.setAccessible(true);
      assertTrue(((Map<?, ?>) cache.get(null)).isEmpty(), "no token kept by the SDK");
    } finally {
      clients.close();
    }
  }
}
