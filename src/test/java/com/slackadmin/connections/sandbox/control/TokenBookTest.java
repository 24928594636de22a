package com.slackadmin.connections.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.sandbox.control.TokenBook.Exchange;
import com.slackadmin.connections.sandbox.control.TokenBook.TokenState;
import com.slackadmin.connections.sandbox.entity.Grant;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBookTest {

  private static final String REDIRECT = "http://localhost:8080/callback";
  private static final Duration DAY = Duration.ofHours(12);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final TokenBook book = new TokenBook(clock);
  private final Grant grant = new Grant("U1", null, "T1", Set.of("admin"));

  @ParameterizedTest(name = "a code redeemed after {0}s: {1}")
  @CsvSource({"0, ok", "599, ok", "600, invalid_code", "3600, invalid_code"})
  void codesExpireAfterTenMinutes(long seconds, String outcome) {
    String code = book.issueCode(grant, REDIRECT);
    clock.advance(Duration.ofSeconds(seconds));
    Exchange exchange = book.redeem(code, REDIRECT, false, DAY);
    assertEquals(outcome, exchange.error() == null ? "ok" : exchange.error());
  }

  @Test
  void codesAreSingleUse() {
    String code = book.issueCode(grant, REDIRECT);
    assertNull(book.redeem(code, REDIRECT, false, DAY).error());
    assertEquals("invalid_code", book.redeem(code, REDIRECT, false, DAY).error());
  }

  @Test
  void codesAreBoundToTheirRedirectUriAndAWrongOneDoesNotSpendIt() {
    String code = book.issueCode(grant, REDIRECT);
    assertEquals("bad_redirect_uri", book.redeem(code, REDIRECT + "/other", false, DAY).error());
    assertEquals("bad_redirect_uri", book.redeem(code, null, false, DAY).error());
    assertNull(book.redeem(code, REDIRECT, false, DAY).error());
  }

  @Test
  void tokensWithoutRotationNeverExpire() {
    Exchange exchange = book.redeem(book.issueCode(grant, REDIRECT), REDIRECT, false, DAY);
    assertNull(exchange.issued().refreshToken());
    assertTrue(exchange.issued().access().value().startsWith("xoxp-"));
    clock.advance(Duration.ofDays(365));
    assertEquals(TokenState.VALID, book.stateOf(exchange.issued().access().value()));
  }

  @Test
  void rotatingTokensExpireAndARefreshTokenWorksOnce() {
    Exchange first = book.redeem(book.issueCode(grant, REDIRECT), REDIRECT, true, DAY);
    String access = first.issued().access().value();
    assertEquals(43200L, first.issued().expiresIn());
    clock.advance(DAY);
    assertEquals(TokenState.EXPIRED, book.stateOf(access));

    Exchange refreshed = book.refresh(first.issued().refreshToken(), DAY);
    assertNotEquals(access, refreshed.issued().access().value());
    assertEquals(TokenState.VALID, book.stateOf(refreshed.issued().access().value()));
    assertEquals("invalid_refresh_token", book.refresh(first.issued().refreshToken(), DAY).error());
    assertNull(book.refresh(refreshed.issued().refreshToken(), DAY).error());
  }

  @Test
  void revokingAPersonsTokensRevokesAllOfThemAndTheirRefreshTokens() {
    Exchange one = book.redeem(book.issueCode(grant, REDIRECT), REDIRECT, true, DAY);
    Exchange two = book.redeem(book.issueCode(grant, REDIRECT), REDIRECT, false, DAY);
    assertEquals(2, book.revokeAllOf("U1"));
    assertEquals(TokenState.REVOKED, book.stateOf(one.issued().access().value()));
    assertEquals(TokenState.REVOKED, book.stateOf(two.issued().access().value()));
    assertEquals("invalid_refresh_token", book.refresh(one.issued().refreshToken(), DAY).error());
    assertEquals(TokenState.UNKNOWN, book.stateOf("xoxp-made-up"));
  }
}
