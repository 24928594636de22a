package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.AccessToken;
import com.slackadmin.connections.sandbox.entity.Grant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Authorisation codes, access tokens and refresh tokens, with Slack's rules: a code is single-use, expires
 * after ten minutes and is bound to the {@code redirect_uri} it was issued for; a refresh token works once.
 * Not thread-safe on its own: the {@link SandboxWorld} lock guards it.
 */
public final class TokenBook {

  public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

  private record PendingCode(Grant grant, String redirectUri, Instant expiresAt) {}

  /** What a token lookup found. */
  public enum TokenState { VALID, UNKNOWN, REVOKED, EXPIRED }

  /** A code or refresh exchange: either the tokens or Slack's error code. */
  public record Exchange(Issued issued, String error) {
    static Exchange failed(String error) {
      return new Exchange(null, error);
    }
  }

  /** Tokens just issued; {@code refreshToken} and {@code expiresIn} only with token rotation. */
  public record Issued(AccessToken access, String refreshToken, Long expiresIn) {}

  private final Clock clock;
  private final Map<String, PendingCode> codes = new HashMap<>();
  private final Map<String, AccessToken> tokens = new HashMap<>();
  private final Set<String> revoked = new HashSet<>();
  private final Map<String, Grant> refreshTokens = new HashMap<>();

  public TokenBook(Clock clock) {
    this.clock = clock;
  }

  public String issueCode(Grant grant, String redirectUri) {
    String code = Ids.code();
    codes.put(code, new PendingCode(grant, redirectUri, clock.instant().plus(CODE_LIFETIME)));
    return code;
  }

  /**
   * Redeems a code. A wrong {@code redirect_uri} leaves the code unused, so the right one still works; an
   * expired code is gone for good.
   */
  public Exchange redeem(String code, String redirectUri, boolean rotation, Duration lifetime) {
    PendingCode pending = code == null ? null : codes.get(code);
    if (pending == null) {
      return Exchange.failed("invalid_code");
    }
    if (!clock.instant().isBefore(pending.expiresAt())) {
      codes.remove(code);
      return Exchange.failed("invalid_code");
    }
    if (pending.redirectUri() != null && !Objects.equals(pending.redirectUri(), redirectUri)) {
      return Exchange.failed("bad_redirect_uri");
    }
    codes.remove(code);
    return new Exchange(issue(pending.grant(), rotation, lifetime), null);
  }

  /** Trades a refresh token for a new pair; the old refresh token is spent. */
  public Exchange refresh(String refreshToken, Duration lifetime) {
    Grant grant = refreshToken == null ? null : refreshTokens.remove(refreshToken);
    if (grant == null) {
      return Exchange.failed("invalid_refresh_token");
    }
    return new Exchange(issue(grant, true, lifetime), null);
  }

  private Issued issue(Grant grant, boolean rotation, Duration lifetime) {
    Instant expiresAt = rotation ? clock.instant().plus(lifetime) : null;
    AccessToken access = new AccessToken(Ids.userToken(rotation), grant, expiresAt);
    tokens.put(access.value(), access);
    if (!rotation) {
      return new Issued(access, null, null);
    }
    String refresh = Ids.refreshToken();
    refreshTokens.put(refresh, grant);
    return new Issued(access, refresh, lifetime.toSeconds());
  }

  public TokenState stateOf(String token) {
    if (token == null || token.isEmpty()) {
      return TokenState.UNKNOWN;
    }
    if (revoked.contains(token)) {
      return TokenState.REVOKED;
    }
    AccessToken access = tokens.get(token);
    if (access == null) {
      return TokenState.UNKNOWN;
    }
    return access.isExpiredAt(clock.instant()) ? TokenState.EXPIRED : TokenState.VALID;
  }

  public AccessToken token(String token) {
    return tokens.get(token);
  }

  public void revoke(String token) {
    if (tokens.remove(token) != null) {
      revoked.add(token);
    }
  }

  /** The access tokens in use, for the world's file (codes are left out: they live ten minutes). */
  public Collection<AccessToken> accessTokens() {
    return List.copyOf(tokens.values());
  }

  public Set<String> revokedTokens() {
    return Set.copyOf(revoked);
  }

  public Map<String, Grant> refreshTokens() {
    return Map.copyOf(refreshTokens);
  }

  /** Puts back what {@link #accessTokens}, {@link #revokedTokens} and {@link #refreshTokens} gave. */
  public void restore(Collection<AccessToken> accessTokens, Set<String> revokedTokens, Map<String, Grant> refresh) {
    accessTokens.forEach(access -> tokens.put(access.value(), access));
    revoked.addAll(revokedTokens);
    refreshTokens.putAll(refresh);
  }

  /** Revokes every token of a person, refresh tokens included, as revoking an app's tokens in Slack does. */
  public int revokeAllOf(String userId) {
    Set<String> theirs = new HashSet<>();
    tokens.forEach((value, access) -> {
      if (access.grant().userId().equals(userId)) {
        theirs.add(value);
      }
    });
    theirs.forEach(this::revoke);
    refreshTokens.values().removeIf(grant -> grant.userId().equals(userId));
    return theirs.size();
  }
}
