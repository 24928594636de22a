package com.slackadmin.connections.card.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardDraftsTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private final CardDrafts drafts = new CardDrafts();

  @Test
  void theInputsComeBackForTheirCardOnlyAndAgainOnReload() {
    String key = drafts.keep("deactivate-user", Map.of("userId", "U01"), NOW);
    assertEquals(Map.of("userId", "U01"), drafts.find(key, "deactivate-user", NOW).orElseThrow());
    assertEquals(Map.of("userId", "U01"), drafts.find(key, "deactivate-user", NOW.plusSeconds(5)).orElseThrow());
    assertTrue(drafts.find(key, "activate-user", NOW).isEmpty());
    assertTrue(drafts.find("guessed", "deactivate-user", NOW).isEmpty());
    assertTrue(drafts.find(null, "deactivate-user", NOW).isEmpty());
  }

  @Test
  void draftsAreForgottenAfterAnHourAndOnlyAFewAreKept() {
    String old = drafts.keep("read-user", Map.of("userId", "U01"), NOW);
    assertTrue(drafts.find(old, "read-user", NOW.plus(CardDrafts.LIFETIME).plusSeconds(1)).isEmpty());

    String first = drafts.keep("read-user", Map.of("userId", "U02"), NOW);
    String last = null;
    for (int i = 0; i < CardDrafts.MAX_KEPT; i++) {
      last = drafts.keep("read-user", Map.of("userId", "U" + i), NOW);
    }
    assertTrue(drafts.find(first, "read-user", NOW).isEmpty(), "the oldest gave way");
    assertTrue(drafts.find(last, "read-user", NOW).isPresent());
    assertNotEquals(first, last);
  }
}
