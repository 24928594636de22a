package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code SlackGateway.identity}, the {@code users.info} of every use, against a stand-in: the request as Slack
 * documents it (a form POST with the token as a bearer), the account read from the answer, and Slack's refusals,
 * HTTP errors and 429s as the SDK reports them.
 */
class SlackGatewayIdentityTest {

  private record Answer(int status, String retryAfter, String body) {}

  private record Asked(String method, String authorization, String contentType, String body) {}

  private HttpServer server;
  private StandaloneGateway standalone;
  private SlackGateway gateway;
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<Asked> asked = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/users.info", exchange -> {
      asked.add(new Asked(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      Answer answer = answers.isEmpty() ? new Answer(500, null, "{}") : answers.removeFirst();
      if (answer.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    standalone = StandaloneGateway.at("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    gateway = standalone.gateway();
  }

  @AfterEach
  void stop() {
    standalone.close();
    server.stop(0);
  }

  @Test
  void asksForTheAccountWithAFormPostAndReadsItsRoles() {
    answers.add(new Answer(200, null, "{\"ok\":true,\"user\":{\"id\":\"U7\",\"team_id\":\"T1\",\"name\":\"ada\","
        + "\"real_name\":\"Ada Admin\",\"deleted\":false,\"is_admin\":true,\"profile\":{\"email\":\"ada@acme.example\"},"
        + "\"enterprise_user\":{\"enterprise_id\":\"E1\",\"is_owner\":true}}}"));

    SlackIdentity identity = gateway.identity("xoxp-7", "U7");

    // the form the SDK's usersInfo sends: the user, and include_locale off
    assertEquals(new Asked("POST", "Bearer xoxp-7", "application/x-www-form-urlencoded", "user=U7&include_locale=0"),
        asked.get(0));
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
    answers.add(new Answer(200, null, "{\"ok\":false,\"error\":\"" + error + "\"}"));
    SlackException refused = assertThrows(SlackException.class, () -> gateway.identity("xoxp-7", "U7"));
    assertEquals(error, refused.error());
    assertEquals(tokenGone, refused.tokenGone());
  }

  @Test
  void aShortRateLimitIsWaitedOutAndAskedAgain() {
    answers.add(new Answer(429, "1", "{\"ok\":false,\"error\":\"ratelimited\"}"));
    answers.add(new Answer(200, null, "{\"ok\":true,\"user\":{\"id\":\"U7\",\"team_id\":\"T1\",\"name\":\"ada\"}}"));

    assertEquals("U7", gateway.identity("xoxp-7", "U7").userId());
    assertEquals(2, asked.size());
  }

  @Test
  void aLongRateLimitFailsWithSlacksRetryAfter() {
    answers.add(new Answer(429, "60", "{\"ok\":false,\"error\":\"ratelimited\"}"));
    SlackException limited = assertThrows(SlackException.class, () -> gateway.identity("xoxp-7", "U7"));
    assertEquals("ratelimited", limited.error());
    assertEquals(60, limited.retryAfterSeconds());
  }

  @ParameterizedTest
  @CsvSource({"500, slack_server_error", "503, slack_server_error"})
  void aServerErrorSaysSlackIsUnavailable(int status, String error) {
    answers.add(new Answer(status, null, "<html>down</html>"));
    assertEquals(error, assertThrows(SlackUnavailableException.class, () -> gateway.identity("xoxp-7", "U7")).error());
  }

  @Test
  void anAnswerThatIsNotJsonIsUnreadable() {
    answers.add(new Answer(200, null, "<html>a proxy's page</html>"));
    assertThrows(SlackException.class, () -> gateway.identity("xoxp-7", "U7"));
  }
}
