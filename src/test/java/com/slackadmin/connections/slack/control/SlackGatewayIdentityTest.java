package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.slack.control.CannedWebApi.Answer;
import com.slackadmin.connections.slack.control.CannedWebApi.Asked;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code SlackGateway.identity}, the {@code users.info} of every use, against a stand-in: the request as Slack
 * documents it (a form POST with the token as a bearer), the account read from the answer, and Slack's refusals,
 * HTTP errors and 429s as the SDK reports them.
 */
class SlackGatewayIdentityTest {

  private CannedWebApi slack;
  private SlackGateway gateway;

  @BeforeEach
  void start() {
    slack = CannedWebApi.answering("users.info");
    gateway = slack.gateway();
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void asksForTheAccountWithAFormPostAndReadsItsRoles() {
    slack.answers.add(new Answer(200, null, "{\"ok\":true,\"user\":{\"id\":\"U7\",\"team_id\":\"T1\",\"name\":\"ada\","
        + "\"real_name\":\"Ada Admin\",\"deleted\":false,\"is_admin\":true,\"profile\":{\"email\":\"ada@acme.example\"},"
        + "\"enterprise_user\":{\"enterprise_id\":\"E1\",\"is_owner\":true}}}"));

    SlackIdentity identity = gateway.identity("xoxp-7", "U7");

    // the form the SDK's usersInfo sends: the user, and include_locale off
    assertEquals(new Asked("POST", "Bearer xoxp-7", "application/x-www-form-urlencoded", "user=U7&include_locale=0"),
        slack.asked.get(0));
    assertEquals("U7", identity.userId());
    assertEquals("Ada Admin", identity.name());
    assertEquals("ada@acme.example", identity.email());
    assertEquals(SlackRole.ADMIN, identity.workspaceRole());
    assertEquals(SlackRole.OWNER, identity.orgRole());
    assertEquals("E1", identity.enterpriseId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"user_not_found, false", "account_inactive, true", "token_revoked, true", "missing_scope, false"})
  void slacksRefusalIsASlackExceptionNamingIt(String error, boolean tokenGone) {
    slack.answers.add(new Answer(200, null, "{\"ok\":false,\"error\":\"" + error + "\"}"));
    SlackException refused = assertThrows(SlackException.class, () -> gateway.identity("xoxp-7", "U7"));
    assertEquals(error, refused.error());
    assertEquals(tokenGone, refused.tokenGone());
  }

  @Test
  void aShortRateLimitIsWaitedOutAndAskedAgain() {
    slack.answers.add(new Answer(429, "1", "{\"ok\":false,\"error\":\"ratelimited\"}"));
    slack.answers
        .add(new Answer(200, null, "{\"ok\":true,\"user\":{\"id\":\"U7\",\"team_id\":\"T1\",\"name\":\"ada\"}}"));

    assertEquals("U7", gateway.identity("xoxp-7", "U7").userId());
    assertEquals(2, slack.asked.size());
  }

  @Test
  void aLongRateLimitFailsWithSlacksRetryAfter() {
    slack.answers.add(new Answer(429, "60", "{\"ok\":false,\"error\":\"ratelimited\"}"));
    SlackException limited = assertThrows(SlackException.class, () -> gateway.identity("xoxp-7", "U7"));
    assertEquals("ratelimited", limited.error());
    assertEquals(60, limited.retryAfterSeconds());
  }

  @ParameterizedTest
  @CsvSource({"500, slack_server_error", "503, slack_server_error"})
  void aServerErrorSaysSlackIsUnavailable(int status, String error) {
    slack.answers.add(new Answer(status, null, "<html>down</html>"));
    assertEquals(error, assertThrows(SlackUnavailableException.class, () -> gateway.identity("xoxp-7", "U7")).error());
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html>a proxy's page</html>", ""})
  void anAnswerThatIsNotJsonIsUnreadable(String body) {
    slack.answers.add(new Answer(200, null, body));
    assertEquals("invalid_response", assertThrows(SlackException.class, () -> gateway.identity("xoxp-7", "U7"))
        .error());
  }
}
