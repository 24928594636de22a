package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.PendingAuthorizations.Pending;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.platform.NotPermittedException;
import com.slackadmin.connections.platform.NotVisibleException;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creating and reauthorizing connections through Slack's OAuth: the nickname and state before the browser
 * goes to Slack, and on its return the code exchange, the creation rules ({@link CreationRules}) and the
 * same-account check of a reauthorization. Whatever goes wrong once Slack granted a token, that token is
 * revoked and nothing is stored.
 */
@ApplicationScoped
public class ConnectionAuthorizations {

  private static final Logger LOG = Logger.getLogger(ConnectionAuthorizations.class.getName());

  static final String STALE_STATE = "This Slack authorization is unknown, expired or already used (for example the "
      + "page was reloaded, or the console restarted meanwhile). Nothing was created; start again.";

  @Inject
  ConnectionStore store;

  @Inject
  Nicknames nicknames;

  @Inject
  SlackGateway slack;

  @Inject
  TokenCipher cipher;

  @Inject
  PendingAuthorizations pending;

  @Inject
  Clock clock;

  @Inject
  Event<AuditEvent> audit;

  @Inject
  Event<ConnectionStatusChanged> statusChanges;

  /**
   * Checks the nickname and remembers it.
   *
   * @return the OAuth {@code state} to send to Slack; it comes back on the callback
   */
  public String startCreate(ConsoleUser user, String nickname) {
    return startCreate(user, nickname, null);
  }

  /**
   * As {@link #startCreate(ConsoleUser, String)}, and once the connection exists the console goes to
   * {@code returnTo} (a page of the console, checked by the caller) instead of the connection's page.
   */
  public String startCreate(ConsoleUser user, String nickname, String returnTo) {
    ConsoleAccess.requireMayCreateConnections(user);
    String clean = nicknames.requireFree(user, nickname, null);
    return pending.add(new Pending(clean, null, user.getId(), clock.instant(), returnTo));
  }

  /** @return the OAuth {@code state} to send to Slack for reauthorizing this connection */
  public String startReauthorize(ConsoleUser user, long connectionId) {
    SlackConnection connection = store.require(user, connectionId, Action.REAUTHORIZE);
    return pending.add(new Pending(connection.getNickname(), connection.getId(), user.getId(), clock.instant()));
  }

  /**
   * Finishes an authorization Slack sent back. The state is checked here, once: it must be one this browser
   * session started for this console user, not yet used nor expired. Only then is the code exchanged.
   * Whatever goes wrong after Slack granted a token, the token is revoked and nothing is stored.
   *
   * @param state the callback's {@code state}
   * @param code the authorization code, when Slack granted one
   * @param error Slack's error, when it did not ({@code access_denied} when the user pressed Cancel)
   * @return the connection created or reauthorized, and where the person was going with it
   * @throws AuthorizationFailedException with the message to show and where to show it
   */
  public Completed complete(ConsoleUser user, String state, String code, String error, CodeExchange exchange) {
    Pending started = pending.take(state, clock.instant())
        .filter(p -> p.consoleUserId() == user.getId())
        .orElseThrow(() -> new AuthorizationFailedException(STALE_STATE, null, null));
    if (error != null) {
      throw new AuthorizationFailedException("access_denied".equals(error)
          ? "You cancelled the authorization at Slack. Nothing was created."
          : "Slack did not authorize the app (" + error + "). Nothing was created.", started);
    }
    SlackGrant grant;
    try {
      grant = exchange.exchange(code);
    } catch (SlackException refused) {
      throw new AuthorizationFailedException(exchangeFailure(refused), started);
    }
    try {
      SlackConnection done = started.reauthorizeConnectionId() == null
          ? create(user, started.nickname(), grant)
          : reauthorize(user, started.reauthorizeConnectionId(), grant);
      return new Completed(done, started.returnTo());
    } catch (RuntimeException refused) {
      boolean revoked = slack.revokeQuietly(grant.accessToken());
      throw new AuthorizationFailedException(messageOf(refused) + (revoked ? ""
          : " The token Slack issued could not be revoked; revoke the app's access in Slack if it stays listed."),
          started);
    }
  }

  /**
   * A finished authorization.
   *
   * @param returnTo where the person was going once the connection existed, or null
   */
  public record Completed(SlackConnection connection, String returnTo) {}

  private SlackConnection create(ConsoleUser user, String nickname, SlackGrant grant) {
    ConsoleAccess.requireMayCreateConnections(user);
    Authorised authorised = authorise(grant);
    nicknames.requireFree(user, nickname, null);
    SlackConnection connection = new SlackConnection(nickname, user, clock.instant());
    connection.authorisedAs(authorised.asAuthorisation(grant));
    storeTokens(connection, grant);
    connection.markActive(clock.instant());
    try {
      store.add(connection);
    } catch (PersistenceException raced) {
      throw new ConnectionException("nickname", "You already have a connection called \"" + nickname + "\".", nickname);
    }
    audit.fire(AuditEvent.by(user, connection.getId(), nickname).changed("created", null));
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
    ConnectionStatus before = existing.getStatus();
    SlackConnection updated = store.update(connectionId, c -> {
      c.authorisedAs(authorised.asAuthorisation(grant));
      storeTokens(c, grant);
      c.markActive(now);
    });
    audit.fire(AuditEvent.by(user, connectionId, updated.getNickname()).changed("reauthorized", null));
    if (before != ConnectionStatus.ACTIVE) {
      // stored by now (the store commits its own transaction): those who were told it needed attention hear
      // that it works again
      String by = user.getUsername();
      statusChanges.fire(new ConnectionStatusChanged(connectionId, updated.getNickname(),
          updated.getSlackOrganisation(), before, ConnectionStatus.ACTIVE, "Reauthorized by " + by + ".", null, by,
          ConnectionStatusChanged.Cause.REAUTHORIZED));
    }
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

  private void storeTokens(SlackConnection connection, SlackGrant grant) {
    connection.storeTokens(cipher.encrypt(grant.accessToken()),
        grant.refreshToken() == null ? null : cipher.encrypt(grant.refreshToken()),
        grant.expiresInSeconds() == null ? null : clock.instant().plusSeconds(grant.expiresInSeconds()));
  }

  private static String exchangeFailure(SlackException refused) {
    return switch (refused.error()) {
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
    if (refused instanceof ConnectionException) {
      return refused.getMessage();
    }
    if (refused instanceof SlackException) {
      return "Slack could not confirm who authorised: " + refused.getMessage() + " Nothing was created.";
    }
    if (refused instanceof NotPermittedException || refused instanceof NotVisibleException) {
      // the console role or a share changed while the browser was at Slack
      return refused.getMessage() + " Nothing was created.";
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, refused, () -> "Storing an authorized connection failed (incident " + incident + ")");
    return "The connection could not be saved (incident " + incident + " in the server log). Nothing was created; "
        + "try again.";
  }
}
