package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.NotPermittedException;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.ConnectionAccess.Action;
import com.slackadmin.connections.connection.control.PendingAuthorizations.Pending;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.control.SlackOAuth;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The life of a connection: creating it through Slack's OAuth, reauthorizing, renaming, testing and
 * deleting it, and the check that runs before every use. The rules of DESIGN section 2 are applied here
 * (through {@link CreationRules} and {@link RetentionRule}), never in the pages.
 *
 * <p>Slack is called outside database transactions; {@link ConnectionStore} does the short writes.
 */
@ApplicationScoped
public class ConnectionService {

  static final String STALE_STATE = "This Slack authorization is unknown, expired or already used (for example the "
      + "page was reloaded, or the console restarted meanwhile). Nothing was created; start again.";

  @Inject
  ConnectionStore store;

  @Inject
  SlackOAuth oauth;

  @Inject
  SlackGateway slack;

  @Inject
  TokenCipher cipher;

  @Inject
  TokenRefresher refresher;

  @Inject
  PendingAuthorizations pending;

  @Inject
  Clock clock;

  @Inject
  Event<AuditEvent> audit;

  /** Checks the nickname, remembers it, and answers where to send the browser to authorize at Slack. */
  public String startCreate(ConsoleUser user, String nickname, HttpServletRequest request, HttpServletResponse response) {
    requireMayCreate(user);
    String clean = requireFreeNickname(user, nickname, null);
    String state = pending.add(new Pending(clean, null, user.getId(), clock.instant()));
    return oauth.authorizationUrl(request, response, state);
  }

  public String startReauthorize(ConsoleUser user, long connectionId, HttpServletRequest request,
      HttpServletResponse response) {
    SlackConnection connection = store.require(user, connectionId, Action.REAUTHORIZE);
    String state = pending.add(new Pending(connection.getNickname(), connection.getId(), user.getId(), clock.instant()));
    return oauth.authorizationUrl(request, response, state);
  }

  /**
   * Finishes an authorization Slack sent back. Whatever goes wrong after Slack granted a token, the token
   * is revoked and nothing is stored.
   *
   * @return the connection created or reauthorized
   * @throws AuthorizationFailedException with the message to show and where to show it
   */
  public SlackConnection complete(ConsoleUser user, HttpServletRequest request, HttpServletResponse response) {
    Pending started = pending.take(request.getParameter("state"), clock.instant())
        .filter(p -> p.consoleUserId() == user.getId())
        .orElseThrow(() -> new AuthorizationFailedException(STALE_STATE, null, null));
    String error = request.getParameter("error");
    if (error != null) {
      throw new AuthorizationFailedException("access_denied".equals(error)
          ? "You cancelled the authorization at Slack. Nothing was created."
          : "Slack did not authorize the app (" + error + "). Nothing was created.", started.nickname(),
          started.reauthorizeConnectionId());
    }
    SlackGrant grant;
    try {
      grant = oauth.exchange(request, response, request.getParameter("state"));
    } catch (SlackException refused) {
      throw new AuthorizationFailedException(exchangeFailure(refused), started.nickname(),
          started.reauthorizeConnectionId());
    }
    try {
      return started.reauthorizeConnectionId() == null
          ? create(user, started.nickname(), grant)
          : reauthorize(user, started.reauthorizeConnectionId(), grant);
    } catch (RuntimeException refused) {
      boolean revoked = revokeQuietly(grant.accessToken());
      throw new AuthorizationFailedException(messageOf(refused) + (revoked ? ""
          : " The token Slack issued could not be revoked; revoke the app's access in Slack if it stays listed."),
          started.nickname(), started.reauthorizeConnectionId());
    }
  }

  private SlackConnection create(ConsoleUser user, String nickname, SlackGrant grant) {
    requireMayCreate(user);
    Authorised authorised = authorise(grant);
    requireFreeNickname(user, nickname, null);
    SlackConnection connection = new SlackConnection(nickname, user, clock.instant());
    connection.authorisedAs(authorised.asAuthorisation(grant));
    storeTokens(connection, grant);
    connection.markActive(clock.instant());
    try {
      store.add(connection);
    } catch (PersistenceException raced) {
      throw new ConnectionException("nickname", "You already have a connection called \"" + nickname + "\".", nickname);
    }
    fire(user, connection, "created", AuditEvent.OK, null);
    return connection;
  }

  private SlackConnection reauthorize(ConsoleUser user, long connectionId, SlackGrant grant) {
    SlackConnection existing = store.require(user, connectionId, Action.REAUTHORIZE);
    boolean sameAccount = grant.userId().equals(existing.getSlackUserId())
        && Objects.equals(grant.enterpriseId(), existing.getEnterpriseId())
        && Objects.equals(grant.teamId(), existing.getTeamId());
    if (!sameAccount) {
      throw new ConnectionException("Slack authorized a different account or organisation than the one this connection "
          + "acts as (" + existing.getSlackUserName() + " in " + existing.getSlackOrganisation() + "). Reauthorize as "
          + "that same account in the same organisation, or create a new connection. The connection keeps its "
          + "previous token.");
    }
    Authorised authorised = authorise(grant);
    Instant now = clock.instant();
    SlackConnection updated = store.update(connectionId, c -> {
      c.authorisedAs(authorised.asAuthorisation(grant));
      storeTokens(c, grant);
      c.markActive(now);
    });
    fire(user, updated, "reauthorized", AuditEvent.OK, null);
    return updated;
  }

  /** Reads who authorised and where, and applies the creation rules. */
  private Authorised authorise(SlackGrant grant) {
    String tokenUser = slack.tokenUserId(grant.accessToken());
    if (!grant.userId().equals(tokenUser)) {
      throw new ConnectionException("Slack's token belongs to another account than the one that authorised it.");
    }
    SlackIdentity who = slack.identity(grant.accessToken(), grant.userId());
    String plan = grant.enterpriseId() == null ? slack.plan(grant.accessToken()) : "enterprise";
    CreationDecision decision = CreationRules.decide(grant.enterpriseId(), grant.enterpriseInstall(), grant.teamId(),
        plan, who);
    if (!decision.allowed()) {
      throw new ConnectionException(decision.refusal());
    }
    return new Authorised(who, plan, decision);
  }

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

  private void storeTokens(SlackConnection connection, SlackGrant grant) {
    connection.storeTokens(cipher.encrypt(grant.accessToken()),
        grant.refreshToken() == null ? null : cipher.encrypt(grant.refreshToken()),
        grant.expiresInSeconds() == null ? null : clock.instant().plusSeconds(grant.expiresInSeconds()));
  }

  private String requireFreeNickname(ConsoleUser owner, String nickname, Long exceptConnectionId) {
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

  private boolean revokeQuietly(String token) {
    try {
      return slack.revoke(token);
    } catch (SlackException unreachable) {
      return false;
    }
  }

  private void fire(ConsoleUser user, SlackConnection connection, String action, String outcome, String slackError) {
    audit.fire(new AuditEvent(user.getId(), user.getUsername(), connection.getId(), connection.getNickname(), action,
        null, outcome, slackError, null));
  }

  private static void requireMayCreate(ConsoleUser user) {
    if (!user.isEnabled() || !ConnectionAccess.allows(user.getRole(), false, false, Action.CREATE)) {
      throw new NotPermittedException("A VIEWER cannot create, change or use connections.");
    }
  }

  private static String exchangeFailure(SlackException refused) {
    return switch (refused.error()) {
      case "state_mismatch" -> STALE_STATE;
      case "invalid_code", "code_already_used" -> "Slack refused the authorization code (" + refused.error()
          + "): it was already used or has expired. Nothing was created; start again.";
      case "bad_redirect_uri", "oauth_authorization_url_mismatch" -> "Slack refused the redirect address ("
          + refused.error() + "). The Slack app's Redirect URL must be this console's PUBLIC_URL followed by "
          + "/app/connections/callback. Nothing was created.";
      case "invalid_client_id", "bad_client_secret" -> "Slack refused this console's app credentials ("
          + refused.error() + "). Check SLACK_CLIENT_ID and SLACK_CLIENT_SECRET. Nothing was created.";
      default -> refused.getMessage() + " Nothing was created; try again.";
    };
  }

  private static String messageOf(RuntimeException refused) {
    if (refused instanceof ConnectionException || refused instanceof SlackException) {
      String prefix = refused instanceof SlackException ? "Slack could not confirm who authorised: " : "";
      return prefix + refused.getMessage() + (refused instanceof SlackException ? " Nothing was created." : "");
    }
    return "The connection could not be saved. Nothing was created; try again.";
  }
}
