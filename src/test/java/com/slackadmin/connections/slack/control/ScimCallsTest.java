package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonSyntaxException;
import com.google.gson.stream.MalformedJsonException;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackOutcomeUnknownException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a SCIM call that got no usable answer is reported as: nothing changed when nothing could have (a read,
 * or a change that never reached Slack); an unknown outcome when a change may have reached Slack.
 */
class ScimCallsTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        // what, thrown, expected type, expected error code
        Arguments.of("GET /Users", new SocketTimeoutException("timeout"), SlackUnavailableException.class,
            "slack_timeout"),
        Arguments.of("PATCH /Users/{id}", new SocketTimeoutException("timeout"), SlackOutcomeUnknownException.class,
            "slack_timeout"),
        Arguments.of("POST /Users", new InterruptedIOException("call timeout"), SlackOutcomeUnknownException.class,
            "slack_timeout"),
        // a body cut short, or one the SDK's reader refused: both unreadable
        Arguments.of("DELETE /Users/{id}", new EOFException("\\n not found"), SlackOutcomeUnknownException.class,
            "invalid_response"),
        Arguments.of("GET /Groups", new EOFException("End of input"), SlackUnavailableException.class,
            "invalid_response"),
        Arguments.of("POST /Users", new ConnectException("refused"), SlackUnavailableException.class,
            "slack_unreachable"),
        Arguments.of("PATCH /Groups/{id}", new UnknownHostException("api.slack.com"),
            SlackUnavailableException.class, "slack_unreachable"),
        // Gson's MalformedJsonException is an IOException: it must not read as "no answer"
        Arguments.of("GET /Users/{id}", new MalformedJsonException("unterminated"), SlackUnavailableException.class,
            "invalid_response"),
        Arguments.of("PATCH /Users/{id}", new MalformedJsonException("unterminated"),
            SlackOutcomeUnknownException.class, "invalid_response"));
  }

  @ParameterizedTest(name = "{0} failing with {1} -> {3}")
  @MethodSource("failures")
  void aCallWithoutAUsableAnswerSaysWhetherSlackMayHaveActed(String what, IOException thrown,
      Class<? extends SlackException> type, String error) {
    SlackException failure = assertThrows(SlackException.class, () -> ScimCalls.run(what, () -> {
      throw thrown;
    }));
    assertEquals(type, failure.getClass());
    assertEquals(error, failure.error());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void anUnreadableSuccessOfAChangeIsAnUnknownOutcome(String what, Class<? extends SlackException> type) {
    SlackException failure = assertThrows(SlackException.class, () -> ScimCalls.run(what, () -> {
      throw new JsonSyntaxException("Expected BEGIN_OBJECT");
    }));
    assertEquals(type, failure.getClass());
    assertEquals("invalid_response", failure.error());
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(Arguments.of("GET /Users", SlackUnavailableException.class),
        Arguments.of("POST /Users", SlackOutcomeUnknownException.class));
  }
}
