package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a rotating token is refreshed: only a token that expires within the margin and can be refreshed. */
class TokenRefresherTest {

  static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

  @ParameterizedTest(name = "expires in {0} min, refresh token {1}: due {2}")
  @CsvSource(nullValues = "-", textBlock = """
      -,   true,  false
      60,  true,  false
      6,   true,  false
      5,   true,  false
      4,   true,  true
      0,   true,  true
      -10, true,  true
      4,   false, false
      """)
  void aTokenIsDueWhenItExpiresWithinTheMargin(Integer minutesLeft, boolean refreshable, boolean due) {
    SlackConnection connection = new SlackConnection("Acme", new ConsoleUser("o", "O", "h", Role.BUILDER,
        Instant.EPOCH), Instant.EPOCH);
    connection.storeTokens("access", refreshable ? "refresh" : null,
        minutesLeft == null ? null : NOW.plus(Duration.ofMinutes(minutesLeft)));
    assertEquals(due, TokenRefresher.isDue(connection, NOW, TokenRefresher.USE_MARGIN));
  }

  @Test
  void aRefusedRefreshMarksTheConnectionAndIsAnnouncedForTheNotifications() {
    TokenCipher cipher = new TokenCipher(new byte[32]);
    SlackConnection connection = UseGateTest.connection(cipher, NOW.plusSeconds(60));
    TokenRefresher refresher = new TokenRefresher();
    refresher.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
          if (method.getName().equals("find")) {
            return connection;
          }
          throw new UnsupportedOperationException(method.getName());
        });
    refresher.slack = new SlackGateway() {
      @Override
      public SlackGrant refresh(String refreshToken) {
        throw new SlackException("invalid_refresh_token", "Slack refused the refresh token.");
      }
    };
    refresher.cipher = cipher;
    refresher.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    UseGateTest.Recorded<AuditEvent> audit = new UseGateTest.Recorded<>();
    UseGateTest.Recorded<ConnectionStatusChanged> changes = new UseGateTest.Recorded<>();
    refresher.audit = audit;
    refresher.statusChanges = changes;

    assertEquals(TokenRefresher.Outcome.REFUSED, refresher.refreshIfDue(7, TokenRefresher.USE_MARGIN));

    assertEquals(ConnectionStatus.REAUTHORIZATION_REQUIRED, connection.getStatus());
    ConnectionStatusChanged change = changes.last();
    assertEquals(ConnectionStatusChanged.Cause.TOKEN_REFRESH_REFUSED, change.cause());
    assertEquals(ConnectionStatus.ACTIVE, change.from());
    assertEquals(ConnectionStatus.REAUTHORIZATION_REQUIRED, change.to());
    assertEquals("invalid_refresh_token", change.slackError());
    assertTrue(change.reason().contains("Reauthorize"), change.reason());
    assertEquals(AuditEvent.STATUS_CHANGED, audit.last().action());
  }
}
