package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionChoicesTest {

  @ParameterizedTest(name = "{0}, owner {1}, {2} -> {3}")
  @CsvSource(nullValues = "usable", value = {
      "ADMIN,   false, ACTIVE,                   usable",
      "ADMIN,   true,  ACTIVE,                   usable",
      "BUILDER, true,  ACTIVE,                   usable",
      "BUILDER, false, ACTIVE,                   usable",
      "VIEWER,  true,  ACTIVE,                   A VIEWER cannot use connections.",
      "VIEWER,  false, ACTIVE,                   A VIEWER cannot use connections.",
      "BUILDER, true,  PERMISSION_LOST,          Permission lost:",
      "ADMIN,   false, PERMISSION_LOST,          Permission lost:",
      "BUILDER, false, REAUTHORIZATION_REQUIRED, Reauthorization required:",
      "VIEWER,  true,  REAUTHORIZATION_REQUIRED, A VIEWER cannot use connections.",
  })
  void aConnectionIsOfferedOnlyWhenItsUserMayUseItAndItIsActive(Role role, boolean owner, ConnectionStatus status,
      String whyNotStart) {
    String whyNot = ConnectionChoices.whyNot(new ConsoleUser("u", "U", "hash", role, Instant.EPOCH), owner, status,
        "Slack says ada is a Member now.");
    if (whyNotStart == null) {
      assertNull(whyNot);
    } else {
      assertTrue(whyNot.startsWith(whyNotStart), whyNot);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "PERMISSION_LOST, then Test the connection",
      "REAUTHORIZATION_REQUIRED, reauthorizes it on its page",
  })
  void whyNotSaysWhatHappenedAndWhatToDo(ConnectionStatus status, String whatToDo) {
    String whyNot = ConnectionChoices.whyNot(new ConsoleUser("u", "U", "hash", Role.BUILDER, Instant.EPOCH), true,
        status, "Slack says ada is a Member now.");
    assertTrue(whyNot.contains("Slack says ada is a Member now.") && whyNot.contains(whatToDo), whyNot);
    assertEquals(whyNot.trim(), whyNot);
  }
}
