package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.connection.control.PendingAuthorizations.Pending;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The OAuth state: unguessable, bound to its own nickname, used once, forgotten after 15 minutes. */
class PendingAuthorizationsTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void eachStateIsUnguessableAndBoundToItsOwnNickname() {
    PendingAuthorizations pending = new PendingAuthorizations();
    String first = pending.add(new Pending("First", null, 1, NOW));
    String second = pending.add(new Pending("Second", null, 1, NOW));
    assertNotEquals(first, second);
    assertTrue(first.length() >= 43, "256 random bits");
    assertEquals("Second", pending.take(second, NOW).orElseThrow().nickname());
    assertEquals("First", pending.take(first, NOW).orElseThrow().nickname());
  }

  @Test
  void aStateIsUsedOnce() {
    PendingAuthorizations pending = new PendingAuthorizations();
    String state = pending.add(new Pending("Once", null, 1, NOW));
    assertTrue(pending.take(state, NOW).isPresent());
    assertTrue(pending.take(state, NOW).isEmpty(), "a replayed callback finds nothing");
  }

  @Test
  void unknownMissingAndStaleStatesFindNothing() {
    PendingAuthorizations pending = new PendingAuthorizations();
    String state = pending.add(new Pending("Late", null, 1, NOW));
    assertTrue(pending.take("forged", NOW).isEmpty());
    assertTrue(pending.take(null, NOW).isEmpty());
    assertTrue(pending.take(state, NOW.plus(Duration.ofMinutes(16))).isEmpty());
  }
}
