package com.slackadmin.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.card.boundary.CardDrafts;
import com.slackadmin.connections.connection.control.PendingAuthorizations;
import com.slackadmin.connections.connection.control.PendingAuthorizations.Pending;
import com.slackadmin.connections.platform.Flash;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;
import org.eclipse.krazo.security.CsrfToken;
import org.junit.jupiter.api.Test;

/**
 * What the console keeps in a session travels to another node of a cluster as Java serialization writes it: each
 * piece comes back whole, and stays small.
 */
class SessionStateTest {

  static final int SMALL = 4096;
  static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void anAuthorizationOnItsWayThroughSlackTravelsWithTheSession() throws Exception {
    PendingAuthorizations pending = new PendingAuthorizations();
    String state = pending.add(new Pending("Acme", null, 7, NOW, "/app/cards/read-user?draft=x"));
    PendingAuthorizations there = roundTrip(pending);
    assertEquals("Acme", there.take(state, NOW.plusSeconds(60)).orElseThrow().nickname());
  }

  @Test
  void aCardDraftTravelsWithTheSession() throws Exception {
    CardDrafts drafts = new CardDrafts();
    String key = drafts.keep("read-user", Map.of("userId", "U01PLUSME01"), NOW);
    assertEquals(Map.of("userId", "U01PLUSME01"),
        roundTrip(drafts).find(key, "read-user", NOW.plusSeconds(60)).orElseThrow());
  }

  @Test
  void aFlashMessageAndTheFormTokenTravelWithTheSession() throws Exception {
    Flash flash = new Flash();
    flash.notice("Theme changed to dark.");
    flash.keep("nickname", "Acme");
    Flash there = roundTrip(flash);
    assertEquals("Theme changed to dark.", there.getNotice());
    assertEquals("Acme", there.getValues().get("nickname"));
    CsrfToken token = new CsrfToken("X-CSRF-TOKEN", "_csrf", "a-token");
    assertEquals("a-token", roundTrip(token).getValue());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T state) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(state);
    }
    assertTrue(bytes.size() < SMALL, state.getClass().getSimpleName() + " takes " + bytes.size() + " bytes");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
