package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.connection.entity.SlackConnection;
import java.time.Duration;
import java.time.Instant;
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
}
