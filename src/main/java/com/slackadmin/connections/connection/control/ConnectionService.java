package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.NotPermittedException;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.ConnectionAccess.Action;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The life of an existing connection: renaming, testing and deleting it, and the check that runs before
 * every use (retention, through {@link RetentionRule}; token refresh; status). Creating and reauthorizing
 * are {@link ConnectionAuthorizations}'. Who may do what is {@link ConnectionAccess}'s decision, asked
 * through the store; the pages never decide.
 *
 * <p>Slack is called outside database transactions; {@link ConnectionStore} does the short writes.
 */
@ApplicationScoped
public class ConnectionService {

  @Inject
  ConnectionStore store;

  @Inject
  SlackGateway slack;

  @Inject
  TokenCipher cipher;

  @Inject
  TokenRefresher refresher;

  @Inject
  Clock clock;

  @Inject
  Event<AuditEvent> audit;

  public SlackConnection rename(ConsoleUser user, long connectionId, String nickname) {
    SlackConnection connection = store.require(user, connectionId, Action.RENAME);
    String clean = requireFreeNickname(connection.getOwner(), nickname, connectionId);
    SlackConnection renamed = store.update(connectionId, c -> c.rename(clean));
    fire(user, renamed, "renamed", AuditEvent.OK, null);
    return renamed;
  }

  /** Removes a connection after revoking its token at Slack; true when Slack confirmed the revocation. */
  public boolean delete(ConsoleUser user, long connectionId) {
    SlackConnection connection = store.require(user, connectionId, Action.DELETE);
    boolean revoked = revokeQuietly(cipher.decrypt(connection.getAccessTokenCiphertext()));
    store.remove(connectionId);
    fire(user, connection, "deleted", revoked ? AuditEvent.OK : "token_not_revoked", null);
    return revoked;
  }

  /**
   * The check before every use (and the Test action): refreshes a rotating token that is about to expire,
   * asks Slack for the account's current role, and updates the connection's status.
   *
   * @throws UseRefusedException when the account lost its role or Slack no longer accepts the token
   * @throws SlackException when Slack could not answer; the status is left as it was
   */
  public VerifiedConnection verify(ConsoleUser user, long connectionId) {
    // TEST and RUN_CARD share one rule in ConnectionAccess: owners, sharees (BUILDERs) and ADMINs
    SlackConnection connection = store.require(user, connectionId, Action.TEST);
    if (refresher.refreshIfDue(connectionId, TokenRefresher.USE_MARGIN) == TokenRefresher.Outcome.REFUSED) {
      SlackConnection refused = store.require(connectionId);
      throw new UseRefusedException("reauthorization_required", refused.getStatusReason(), null);
    }
    // a connection that needs attention is checked again too: the role or the token may be back
    connection = store.require(connectionId);
    String token = cipher.decrypt(connection.getAccessTokenCiphertext());
    boolean orgWide = connection.getInstallLevel() == InstallLevel.ORG;
    SlackIdentity who;
    try {
      who = slack.identity(token, connection.getSlackUserId());
    } catch (SlackException refused) {
      if (!refused.tokenGone()) {
        throw refused;
      }
      String reason = "Slack no longer accepts this connection's token (" + refused.error() + "). Reauthorize it.";
      changeStatus(user, connection, ConnectionStatus.REAUTHORIZATION_REQUIRED, reason, refused.error());
      throw new UseRefusedException("reauthorization_required", reason, refused.error());
    }
    String lost = RetentionRule.permissionLost(who, orgWide).orElse(null);
    if (lost != null) {
      changeStatus(user, connection, ConnectionStatus.PERMISSION_LOST, lost, null);
      throw new UseRefusedException("permission_lost", lost, null);
    }
    changeStatus(user, connection, ConnectionStatus.ACTIVE, null, null);
    return new VerifiedConnection(store.require(connectionId), token, who.effectiveRole(orgWide));
  }

  /**
   * The Test action: the check before every use, run on request, and recorded in the audit trail as a use
   * ({@code tested}) whatever its outcome.
   */
  public VerifiedConnection test(ConsoleUser user, long connectionId) {
    SlackConnection connection = store.require(user, connectionId, Action.TEST);
    long started = System.nanoTime();
    String outcome = "slack_unavailable";
    String slackError = null;
    try {
      VerifiedConnection verified = verify(user, connectionId);
      outcome = AuditEvent.OK;
      return verified;
    } catch (UseRefusedException refused) {
      outcome = refused.code();
      slackError = refused.slackError();
      throw refused;
    } finally {
      markUsed(connectionId);
      audit.fire(new AuditEvent(user.getId(), user.getUsername(), connection.getId(), connection.getNickname(),
          "tested", null, outcome, slackError, (System.nanoTime() - started) / 1_000_000));
    }
  }

  /** A connection the user may run cards with (ConnectionAccess RUN_CARD): 404 if unseen, 403 if only seen. */
  public SlackConnection requireUsable(ConsoleUser user, long connectionId) {
    return store.require(user, connectionId, Action.RUN_CARD);
  }

  /** A connection the user may see, for pages and uses that name it before it is verified. */
  public SlackConnection visible(ConsoleUser user, long connectionId) {
    return store.findVisible(user, connectionId).orElseThrow(ConnectionNotFoundException::new);
  }

  /** Records a use, for the Connections page's "last used". */
  public void markUsed(long connectionId) {
    Instant now = clock.instant();
    updateConcurrently(connectionId, c -> c.markUsed(now));
  }

  /**
   * Saves a change that concurrent uses of the same connection may also make (status, last verified, last
   * used): on an optimistic-lock conflict the change is applied again to the fresh row, in a new transaction.
   */
  private SlackConnection updateConcurrently(long connectionId, Consumer<SlackConnection> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.update(connectionId, change);
      } catch (RuntimeException conflict) {
        if (attempt >= 3 || !causedByOptimisticLock(conflict)) {
          throw conflict;
        }
      }
    }
  }

  private static boolean causedByOptimisticLock(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private void changeStatus(ConsoleUser user, SlackConnection connection, ConnectionStatus status, String reason,
      String slackError) {
    Instant now = clock.instant();
    ConnectionStatus before = connection.getStatus();
    SlackConnection after = updateConcurrently(connection.getId(), c -> {
      if (status == ConnectionStatus.ACTIVE) {
        c.markActive(now);
      } else {
        c.markNeedsAttention(status, reason, now);
      }
    });
    if (before != status) {
      fire(user, after, "status_changed", status.name().toLowerCase(Locale.ROOT), slackError);
    }
  }

  /** The trimmed nickname, if it is valid and free among the owner's connections. */
  String requireFreeNickname(ConsoleUser owner, String nickname, Long exceptConnectionId) {
    String problem = NicknameRule.problem(nickname).orElse(null);
    if (problem != null) {
      throw new ConnectionException("nickname", problem, nickname);
    }
    String clean = nickname.trim();
    if (store.nicknameTaken(owner, clean, exceptConnectionId)) {
      throw new ConnectionException("nickname", "You already have a connection called \"" + clean
          + "\" (nicknames are compared ignoring case). Choose another nickname.", nickname);
    }
    return clean;
  }

  boolean revokeQuietly(String token) {
    try {
      return slack.revoke(token);
    } catch (SlackException unreachable) {
      return false;
    }
  }

  void fire(ConsoleUser user, SlackConnection connection, String action, String outcome, String slackError) {
    audit.fire(new AuditEvent(user.getId(), user.getUsername(), connection.getId(), connection.getNickname(), action,
        null, outcome, slackError, null));
  }

  static void requireMayCreate(ConsoleUser user) {
    if (!user.isEnabled() || !ConnectionAccess.allows(user.getRole(), false, false, Action.CREATE)) {
      throw new NotPermittedException("A VIEWER cannot create, change or use connections.");
    }
  }
}
