package com.slackadmin.connections.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Custom API Action reaches SCIM resources only, and never lets a header replace the token. */
class CustomRequestRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {"/Users", "/Users/W0123ABC", "/Groups", "/Groups/S01SUPPORT1"})
  void scimPathsAreAccepted(String path) {
    Map<String, String> errors = new HashMap<>();
    assertNotNull(CustomRequestRule.check("GET", path, null, null, null, errors), errors.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/Users", "//evil.example/Users", "/Users/../api/auth.test",
      "/Users/..", "Users", "/users", "/api/users.list", "/Users/W1/extra", "/Users?filter=x", "/Groups#x",
      "/Users/%2e%2e", "/ServiceProviderConfigs", "/Users\\..\\x", ""})
  void otherPathsAreRefused(String path) {
    Map<String, String> errors = new HashMap<>();
    assertNull(CustomRequestRule.check("GET", path, null, null, null, errors));
    assertTrue(errors.containsKey("path"), errors.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization: Bearer xoxp-other", "authorization: x", "Cookie: a=b", "Host: evil",
      "no colon here", "Bad Name: x"})
  void headersThatCouldReplaceTheTokenOrAreMalformedAreRefused(String header) {
    Map<String, String> errors = new HashMap<>();
    assertNull(CustomRequestRule.check("GET", "/Users", null, header, null, errors));
    assertTrue(errors.containsKey("headers"), errors.toString());
  }

  @Test
  void methodsBodiesAndQueriesAreChecked() {
    Map<String, String> errors = new HashMap<>();
    assertNull(CustomRequestRule.check("TRACE", "/Users", "a b=c", null, "{\"x\":", errors));
    assertEquals(Set.of("method", "query", "body"), errors.keySet());
    errors.clear();
    assertNull(CustomRequestRule.check("GET", "/Users", null, null, "{}", errors));
    assertTrue(errors.containsKey("body"), "a GET has no body");
  }

  @Test
  void aHeaderValueHoldsNoControlCharacter() {
    Map<String, String> errors = new HashMap<>();
    assertNull(CustomRequestRule.check("GET", "/Users", null, "X-Trace: a\u0000b", null, errors));
    assertTrue(errors.get("headers").contains("control character"), errors.toString());
    errors.clear();
    assertNotNull(CustomRequestRule.check("GET", "/Users", null, "X-Trace: a\tb", null, errors), errors.toString());
  }
}
