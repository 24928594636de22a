package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.ConnectionAccess.Action;
import com.slackadmin.connections.connection.control.PendingAuthorizations.Pending;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.control.SlackOAuth;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Creating and reauthorizing connections through Slack's OAuth: the nickname and state before the browser
 * goes to Slack, and on its return the code exchange, the creation rules ({@link CreationRules}) and the
 * same-account check of a reauthorization. Whatever goes wrong once Slack granted a token, that token is
 * revoked and nothing is stored.
 */
@ApplicationScoped
public class ConnectionAuthorizations {

  static final String STALE_STATE = "This Slack authorization is unknown, expired or already used (for example the "
      + "page was reloaded, or the console restarted meanwhile). Nothing was created; start again.";

  @Inject
  ConnectionStore store;

  @Inject
  ConnectionService connections;

  @Inject
  SlackOAuth oauth;

  @Inject
  SlackGateway slack;

  @Inject
  TokenCipher cipher;

  @Inject
  PendingAuthorizations pending;

  @Inject
  Clock clock;

  /** Checks the nickname, remembers it, and answers where to send the browser to authorize at Slack. */
  public String startCreate(ConsoleUser user, String nickname, HttpServletRequest request, HttpServletResponse response) {
    ConnectionService.requireMayCreate(user);
    String clean = connections.requireFreeNickname(user, nickname, null);
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
      boolean revoked = connections.revokeQuietly(grant.accessToken());
      throw new AuthorizationFailedException(messageOf(refused) + (revoked ? ""
          : " The token Slack issued could not be revoked; revoke the app's access in Slack if it stays listed."),
          started.nickname(), started.reauthorizeConnectionId());
    }
  }

  private SlackConnection create(ConsoleUser user, String nickname, SlackGrant grant) {
    ConnectionService.requireMayCreate(user);
    Authorised authorised = authorise(grant);
    connections.requireFreeNickname(user, nickname, null);
    SlackConnection connection = new SlackConnection(nickname, user, clock.instant());
    connection.authorisedAs(authorised.asAuthorisation(grant));
    storeTokens(connection, grant);
    connection.markActive(clock.instant());
    try {
      store.add(connection);
    } catch (PersistenceException raced) {
      throw new ConnectionException("nickname", "You already have a connection called \"" + nickname + "\".", nickname);
    }
    connections.fire(user, connection, "created", AuditEvent.OK, null);
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
    connections.fire(user, updated, "reauthorized", AuditEvent.OK, null);
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
