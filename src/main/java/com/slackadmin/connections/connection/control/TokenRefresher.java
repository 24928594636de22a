package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Refreshes rotating Slack tokens before they expire. The connection's row is locked for the refresh, and
 * whether a refresh is still due is decided again under the lock, so two requests or two cluster nodes
 * racing cause exactly one refresh: Slack invalidates a refresh token once used.
 */
@ApplicationScoped
public class TokenRefresher {

  /** A use refreshes a token with less than this left. */
  public static final Duration USE_MARGIN = Duration.ofMinutes(5);

  /** Who refreshes tokens, as notifications name it. */
  static final String REFRESHER = "system (token refresh)";

  @PersistenceContext
  EntityManager em;

  @Inject
  SlackGateway slack;

  @Inject
  TokenCipher cipher;

  @Inject
  Clock clock;

  @Inject
  Event<AuditEvent> audit;

  @Inject
  Event<ConnectionStatusChanged> statusChanges;

  /** What a refresh attempt came to. */
  public enum Outcome { NOT_DUE, REFRESHED, UNAVAILABLE, REFUSED }

  /**
   * Refreshes the token of a connection if it expires within {@code margin}. A refused refresh marks the
   * connection {@code REAUTHORIZATION_REQUIRED}, even though the current token may work a little longer:
   * it will not be renewed, so the user has to reauthorize.
   */
  @Transactional
  public Outcome refreshIfDue(long connectionId, Duration margin) {
    SlackConnection connection = em.find(SlackConnection.class, connectionId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (connection == null || !isDue(connection, now, margin)) {
      return Outcome.NOT_DUE;
    }
    try {
      SlackGrant grant = slack.refresh(cipher.decrypt(connection.getRefreshTokenCiphertext()));
      connection.storeTokens(cipher.encrypt(grant.accessToken()), cipher.encrypt(grant.refreshToken()),
          grant.expiresInSeconds() == null ? null : now.plusSeconds(grant.expiresInSeconds()));
      return Outcome.REFRESHED;
    } catch (SlackException refused) {
      if (refused.transientFailure()) {
        return Outcome.UNAVAILABLE; // the current token still works until it expires; the next use tries again
      }
      ConnectionStatus before = connection.getStatus();
      String reason = "Slack refused to refresh the token (" + refused.error() + "). Reauthorize the connection.";
      connection.markNeedsAttention(ConnectionStatus.REAUTHORIZATION_REQUIRED, reason, now);
      audit.fire(AuditEvent.bySystem(connection.getId(), connection.getNickname())
          .statusChanged("reauthorization_required", refused.error()));
      // observers that tell people hear it once this transaction has committed
      statusChanges.fire(new ConnectionStatusChanged(connection.getId(), connection.getNickname(),
          connection.getSlackOrganisation(), before, ConnectionStatus.REAUTHORIZATION_REQUIRED, reason,
          refused.error(), REFRESHER, ConnectionStatusChanged.Cause.TOKEN_REFRESH_REFUSED));
      return Outcome.REFUSED;
    }
  }

  static boolean isDue(SlackConnection connection, Instant now, Duration margin) {
    return connection.getTokenExpiresAt() != null && connection.getRefreshTokenCiphertext() != null
        && connection.getTokenExpiresAt().isBefore(now.plus(margin));
  }
}
