package com.slackadmin.connections.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.connection.control.UseRefusal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An account given by its email becomes its id before the rules run; an email that finds no one is refused. */
class UserTargetsTest {

  @Test
  void anEmailBecomesTheAccountsId() {
    Map<String, String> resolved = UserTargets.resolve(Map.of("userId", "ann@acme.example", "groupId", "S0SUP"),
        email -> email.equals("ann@acme.example") ? Optional.of("U0ANN") : Optional.empty(), "Acme Corp");
    assertEquals(Map.of("userId", "U0ANN", "groupId", "S0SUP"), resolved);
  }

  @Test
  void anIdIsLeftAsItIsAndNoOneIsAsked() {
    Map<String, String> inputs = Map.of("userId", "U0ANN");
    assertSame(inputs, UserTargets.resolve(inputs, email -> {
      throw new AssertionError("asked");
    }, "Acme Corp"));
  }

  @Test
  void anEmailThatFindsNoOneIsRefusedClearly() {
    UseRefusal refused = assertThrows(UseRefusal.class, () -> UserTargets.resolve(Map.of("userId",
        "nobody@acme.example"), email -> Optional.empty(), "Acme Corp"));
    assertEquals(UseRefusal.Reason.VALIDATION_FAILED, refused.reason());
    assertEquals("No Slack account in Acme Corp has the email nobody@acme.example.", refused.getMessage());
    assertEquals(Map.of("userId", refused.getMessage()), refused.fieldErrors());
  }
}
