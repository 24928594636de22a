package com.slackadmin.connections.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorizeRequestTest {

  private static final String PUBLIC_URL = "http://localhost:8080";

  @ParameterizedTest(name = "client_id={0} redirect_uri={1} state={2} scope={3} user_scope={4} -> {5}")
  @CsvSource(nullValues = "NONE", value = {
      "sandbox-client-id, http://localhost:8080/app/callback,      s1,   NONE, admin,      ok",
      "sandbox-client-id, http://localhost:8080/app/callback?x=1,  s1,   NONE, admin team:read, ok",
      "other-client,      http://localhost:8080/app/callback,      s1,   NONE, admin,      invalid_client_id",
      "sandbox-client-id, http://localhost:8080.evil.example/cb,   s1,   NONE, admin,      bad_redirect_uri",
      "sandbox-client-id, https://evil.example/cb,                 s1,   NONE, admin,      bad_redirect_uri",
      "sandbox-client-id, NONE,                                    s1,   NONE, admin,      bad_redirect_uri",
      "sandbox-client-id, http://localhost:8080/app/callback,      NONE, NONE, admin,      missing state",
      "sandbox-client-id, http://localhost:8080/app/callback,      '  ', NONE, admin,      missing state",
      "sandbox-client-id, http://localhost:8080/app/callback,      s1,   chat:write, admin, invalid_scope",
      "sandbox-client-id, http://localhost:8080/app/callback,      s1,   NONE, NONE,       invalid_scope",
      "sandbox-client-id, http://localhost:8080/app/callback,      s1,   NONE, channels:history, invalid_scope"})
  void slackShowsAnErrorPageForRequestsItCannotTrust(String clientId, String redirectUri, String state,
      String scope, String userScope, String outcome) {
    String problem = new AuthorizeRequest(clientId, scope, userScope, redirectUri, state, null).problem(PUBLIC_URL);
    if ("ok".equals(outcome)) {
      assertNull(problem);
    } else {
      assertTrue(problem.startsWith(outcome), problem);
    }
  }

  @Test
  void userScopesSplitOnCommasAndTheRedirectKeepsItsQuery() {
    AuthorizeRequest request = new AuthorizeRequest(SandboxApp.CLIENT_ID, null, "admin,users:read , team:read",
        PUBLIC_URL + "/cb?x=1", "s t", null);
    assertEquals(Set.of("admin", "users:read", "team:read"), request.userScopes());
    assertEquals(PUBLIC_URL + "/cb?x=1&code=c", request.redirectWith("code=c"));
    assertTrue(request.query().contains("state=s+t"), request.query());
  }
}
