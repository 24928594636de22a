package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.connection.control.PendingAuthorizations.Pending;
import com.slackadmin.connections.slack.entity.SlackException;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one state check of Slack's callback: a forged, replayed, other-session or other-user state is refused
 * before the code is exchanged, and so is a callback that carries Slack's error; only then does Slack see the
 * code.
 */
class ConnectionAuthorizationsTest {

  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  ConnectionAuthorizations authorizations;
  PendingAuthorizations session;
  ConsoleUser ada;
  List<String> exchanged;
  CodeExchange exchange;

  @BeforeEach
  void authorizationsOfOneSession() {
    session = new PendingAuthorizations();
    authorizations = new ConnectionAuthorizations();
    authorizations.pending = session;
    authorizations.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ada = user("ada", 1);
    exchanged = new ArrayList<>();
    exchange = code -> {
      exchanged.add(code);
      // Slack refuses the code, so that nothing further needs a database or Slack
      throw new SlackException("invalid_code", "Slack refused the code.");
    };
  }

  @Test
  void aForgedStateIsRefusedBeforeTheCodeIsExchanged() {
    session.add(new Pending("Acme", null, ada.getId(), NOW));
    assertStale(() -> authorizations.complete(ada, "forged-state", "code-1", null, exchange));
    assertStale(() -> authorizations.complete(ada, null, "code-1", null, exchange));
    assertEquals(List.of(), exchanged);
  }

  @Test
  void aReplayedStateIsRefused() {
    String state = session.add(new Pending("Acme", null, ada.getId(), NOW));
    AuthorizationFailedException first = assertThrows(AuthorizationFailedException.class,
        () -> authorizations.complete(ada, state, "code-1", null, exchange));
    assertTrue(first.getMessage().contains("invalid_code"), first.getMessage());
    assertEquals("Acme", first.getNickname(), "the form keeps the nickname");
    assertStale(() -> authorizations.complete(ada, state, "code-1", null, exchange));
    assertEquals(List.of("code-1"), exchanged, "the code went to Slack once");
  }

  @Test
  void aStateOfAnotherSessionIsRefused() {
    PendingAuthorizations otherSession = new PendingAuthorizations();
    String theirs = otherSession.add(new Pending("Theirs", null, ada.getId(), NOW));
    assertStale(() -> authorizations.complete(ada, theirs, "code-1", null, exchange));
    assertEquals(List.of(), exchanged);
  }

  @Test
  void aStateStartedByAnotherConsoleUserIsRefused() {
    String bobs = session.add(new Pending("Bob's", null, 2, NOW));
    assertStale(() -> authorizations.complete(ada, bobs, "code-1", null, exchange));
    assertEquals(List.of(), exchanged);
  }

  @Test
  void slacksErrorEndsTheAuthorizationWithoutAnExchange() {
    String state = session.add(new Pending("Acme", null, ada.getId(), NOW));
    AuthorizationFailedException cancelled = assertThrows(AuthorizationFailedException.class,
        () -> authorizations.complete(ada, state, null, "access_denied", exchange));
    assertEquals("You cancelled the authorization at Slack. Nothing was created.", cancelled.getMessage());
    assertEquals("Acme", cancelled.getNickname());
    assertEquals(List.of(), exchanged);
  }

  private static void assertStale(org.junit.jupiter.api.function.Executable call) {
    AuthorizationFailedException refused = assertThrows(AuthorizationFailedException.class, call);
    assertEquals(ConnectionAuthorizations.STALE_STATE, refused.getMessage());
  }

  private static ConsoleUser user(String name, long id) {
    ConsoleUser user = new ConsoleUser(name, name, "hash", Role.BUILDER, Instant.EPOCH);
    try {
      Field field = ConsoleUser.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(user, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return user;
  }
}
