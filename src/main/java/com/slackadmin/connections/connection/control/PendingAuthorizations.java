package com.slackadmin.connections.connection.control;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Authorizations this browser session started and Slack has not yet sent back, by their OAuth
 * {@code state}. Each state is unguessable, bound to this session and to its own nickname (or connection to
 * reauthorize), used once, and forgotten after 15 minutes; several may be pending, one per browser tab.
 */
@SessionScoped
public class PendingAuthorizations implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Duration LIFETIME = Duration.ofMinutes(15);
  static final int MAX_PENDING = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * What to do when Slack comes back.
   *
   * @param returnTo where the console goes once the connection exists (a page of the console, relative to it,
   *     such as the action card the person started from); null for the connection's own page
   */
  public record Pending(String nickname, Long reauthorizeConnectionId, long consoleUserId, Instant startedAt,
      String returnTo) implements Serializable {

    public Pending(String nickname, Long reauthorizeConnectionId, long consoleUserId, Instant startedAt) {
      this(nickname, reauthorizeConnectionId, consoleUserId, startedAt, null);
    }
  }

  private final Map<String, Pending> byState = new LinkedHashMap<>();

  public synchronized String add(Pending pending) {
    forgetExpired(pending.startedAt());
    while (byState.size() >= MAX_PENDING) {
      Iterator<String> oldest = byState.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    byState.put(state, pending);
    return state;
  }

  /** The pending authorization of this state, removed so that a replayed callback finds nothing. */
  public synchronized Optional<Pending> take(String state, Instant now) {
    forgetExpired(now);
    return state == null ? Optional.empty() : Optional.ofNullable(byState.remove(state));
  }

  private void forgetExpired(Instant now) {
    byState.values().removeIf(p -> p.startedAt().plus(LIFETIME).isBefore(now));
  }
}
