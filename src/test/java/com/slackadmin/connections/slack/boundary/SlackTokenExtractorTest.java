package com.slackadmin.connections.slack.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import com.slackadmin.connections.slack.entity.SlackException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading oauth.v2.access in Slack's documented shape: the user token is nested in authed_user. */
class SlackTokenExtractorTest {

  private static Response answer(int status, String body) {
    return new Response(status, "", Map.of("Retry-After", "7"), body);
  }

  @Test
  void readsTheUserTokenFromAuthedUserOfAUserScopeOnlyInstall() throws Exception {
    String body = """
        {"ok":true,"app_id":"A1","authed_user":{"id":"U1","scope":"admin,users:read","access_token":"xoxp-1",
         "token_type":"user","refresh_token":"xoxe-1","expires_in":43200},
         "team":{"id":"T1","name":"Acme"},"enterprise":null,"is_enterprise_install":false}""";
    OAuth2AccessToken token = SlackTokenExtractor.INSTANCE.extract(answer(200, body));
    assertEquals("xoxp-1", token.getAccessToken());
    assertEquals("xoxe-1", token.getRefreshToken());
    assertEquals(43200, token.getExpiresIn());
    assertEquals("admin,users:read", token.getScope());
  }

  @Test
  void slacksRefusalNamesSlacksErrorAndNoSecret() {
    SlackException refused = assertThrows(SlackException.class,
        () -> SlackTokenExtractor.INSTANCE.extract(answer(200, "{\"ok\":false,\"error\":\"invalid_code\"}")));
    assertEquals("invalid_code", refused.error());
  }

  @Test
  void aGrantWithoutAUserTokenIsRefused() {
    String botOnly = "{\"ok\":true,\"access_token\":\"xoxb-1\",\"token_type\":\"bot\",\"team\":{\"id\":\"T1\"}}";
    SlackException refused = assertThrows(SlackException.class,
        () -> SlackTokenExtractor.INSTANCE.extract(answer(200, botOnly)));
    assertFalse(refused.getMessage().contains("xoxb"));
  }

  @Test
  void rateLimitsServerErrorsAndMalformedAnswersAreNamed() {
    assertEquals(7, assertThrows(SlackException.class,
        () -> SlackTokenExtractor.INSTANCE.extract(answer(429, ""))).retryAfterSeconds());
    assertEquals("slack_server_error", assertThrows(SlackException.class,
        () -> SlackTokenExtractor.INSTANCE.extract(answer(503, "oops"))).error());
    assertEquals("invalid_response", assertThrows(SlackException.class,
        () -> SlackTokenExtractor.INSTANCE.extract(answer(200, "{not json"))).error());
  }
}
