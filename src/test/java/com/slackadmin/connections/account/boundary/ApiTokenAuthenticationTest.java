package com.slackadmin.connections.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only an {@code Authorization: Bearer} header carries an API token. */
class ApiTokenAuthenticationTest {

  @Test
  void onlyTheBearerSchemeCarriesAToken() {
    assertEquals("sac_x", ApiTokenAuthentication.bearerToken("Bearer sac_x").orElseThrow());
    assertEquals("sac_x", ApiTokenAuthentication.bearerToken("bearer  sac_x ").orElseThrow());
    assertTrue(ApiTokenAuthentication.bearerToken("Basic YWRtaW46cGFzcw==").isEmpty());
    assertTrue(ApiTokenAuthentication.bearerToken(null).isEmpty());
  }
}
