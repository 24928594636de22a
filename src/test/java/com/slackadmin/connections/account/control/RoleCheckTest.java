package com.slackadmin.connections.account.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** VIEWERs only look; BUILDERs and ADMINs use connections and create API tokens; disabled users do nothing. */
class RoleCheckTest {

  @Test
  void whoMayUseConnectionsAndCreateTokens() {
    Object[][] cases = {
        {Role.ADMIN, true, true},
        {Role.BUILDER, true, true},
        {Role.VIEWER, true, false},
        {Role.BUILDER, false, false},
    };
    for (Object[] c : cases) {
      ConsoleUser user = new ConsoleUser("u", "U", "hash", (Role) c[0], Instant.EPOCH);
      if (!(boolean) c[1]) {
        user.disable();
      }
      boolean allowed = (boolean) c[2];
      assertEquals(allowed, RoleCheck.mayUseConnections(user), c[0] + " enabled=" + c[1]);
      if (allowed) {
        assertDoesNotThrow(() -> RoleCheck.requireMayCreateApiTokens(user));
      } else {
        assertThrows(NotPermittedException.class, () -> RoleCheck.requireMayCreateApiTokens(user));
      }
    }
    assertThrows(NotPermittedException.class, () -> RoleCheck.requireMayCreateApiTokens(null));
  }
}
