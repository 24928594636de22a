package com.slackadmin.connections.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** After sign-in the browser goes to the page it asked for only when that is a clean path inside the console. */
class SignInControllerTest {

  static Stream<Arguments> nextPages() {
    return Stream.of(
        Arguments.of("/app/connections", "connections"),
        Arguments.of("/app/connections/5?page=2&sort=nickname", "connections/5?page=2&sort=nickname"),
        Arguments.of("/app/teammates", "teammates"),
        Arguments.of("/app/connections?status=ACTIVE%20x", "connections?status=ACTIVE%20x"),
        Arguments.of(null, "connections"),
        Arguments.of("", "connections"),
        Arguments.of("/app/", "connections"),
        Arguments.of("/app", "connections"),
        Arguments.of("/sandbox/control", "connections"),
        Arguments.of("https://evil.example/app/x", "connections"),
        Arguments.of("//evil.example/app/x", "connections"),
        Arguments.of("/app//evil.example", "connections"),
        Arguments.of("/app/\\evil.example", "connections"),
        Arguments.of("/app/../sandbox", "connections"),
        Arguments.of("/app/%2E%2e/sandbox", "connections"),
        Arguments.of("/app/connections x", "connections"),
        Arguments.of("/app/connections\tx", "connections"),
        Arguments.of("/app/connections\r\nSet-Cookie: x=y", "connections"),
        Arguments.of("/app/connections\n", "connections"),
        Arguments.of("/app/connections%zz", "connections"),
        Arguments.of("/app/connections#top", "connections"),
        Arguments.of("/app/<script>", "connections"),
        Arguments.of("/app/connections\u00e9", "connections"));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @MethodSource("nextPages")
  void onlyACleanConsolePathIsFollowed(String next, String redirect) {
    assertEquals(redirect, SignInController.afterSignIn(next));
  }
}
