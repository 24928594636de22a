package com.slackadmin.connections.slack.control;

import com.slack.api.methods.Methods;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.users.UsersInfoRequest;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.auth.teams.AuthTeamsListResponse;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import okhttp3.FormBody;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The Slack Web API methods the product uses, through Slack's Java SDK. Controllers never see SDK types:
 * answers come back as our own {@link SlackIdentity} and {@link SlackGrant}, failures as {@link SlackException}.
 */
@ApplicationScoped
public class SlackGateway {

  /** Slack's recommended most per {@code users.list} page. */
  static final int ROSTER_PAGE = 200;
  static final int TEAMS_PAGE = 100;

  @Inject
  SlackClients clients;

  @Inject
  SlackSettings settings;

  /** The account behind the token, with its current roles ({@code users.info}). */
  @Retry(retryOn = SlackUnavailableException.class, maxRetries = 1, delay = 300)
  public SlackIdentity identity(String token, String userId) {
    FormBody.Builder form = RequestFormBuilder.toForm(UsersInfoRequest.builder().user(userId).build());
    return SlackUsers.identity(SlackCalls.run(Methods.USERS_INFO,
        () -> clients.call(token, Methods.USERS_INFO, form, UsersInfoResponse.class)).getUser());
  }

  /**
   * Every account of one workspace, deactivated ones included, with its roles and email (with the
   * {@code users:read.email} scope), read through {@code users.list} pages of {@value #ROSTER_PAGE} (Slack's
   * recommended most), following {@code response_metadata.next_cursor} until it is empty: a page may hold
   * fewer than asked for, even none, before the end. Each member is read as {@link #identity} reads
   * {@code users.info}, so a bulk run ranks every target as a single use would, from one call per page instead
   * of one per target.
   *
   * <p>On Enterprise Grid, Slack's {@code users.list} lists one workspace even for an org-wide token: it requires
   * {@code team_id} then (Slack answers {@code missing_argument} without it) and ignores it for a workspace
   * token (https://docs.slack.dev/reference/methods/users.list). An org's whole roster is therefore the union of
   * its workspaces' rosters, and an account in several workspaces appears in each; an org member in no workspace
   * the caller lists is not in it. Grid members carry their org roles ({@code enterprise_user}).
   *
   * <p>{@code users.list} is Tier 2 (20+ calls a minute): a 429 is waited out as for every Web API call
   * ({@link RateLimitWait}); past that the whole read fails with {@code ratelimited} and its Retry-After, and a
   * later call starts again from the first page.
   *
   * @param teamId the workspace to list, required by Slack for an org-wide token; null for a workspace token
   * @throws SlackException Slack's error ({@code missing_argument}, {@code invalid_cursor}, {@code invalid_auth},
   *     {@code missing_scope}, ...) or a transport failure, as {@link #identity} reports them
   */
  @Retry(retryOn = SlackUnavailableException.class, maxRetries = 1, delay = 300)
  public List<SlackIdentity> roster(String token, String teamId) {
    List<SlackIdentity> roster = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      UsersListResponse answer = SlackCalls.run("users.list",
          () -> methods(token).usersList(r -> r.limit(ROSTER_PAGE).cursor(page).teamId(teamId)));
      if (answer.getMembers() != null) {
        answer.getMembers().forEach(member -> roster.add(SlackUsers.identity(member)));
      }
      cursor = answer.getResponseMetadata() == null ? null : answer.getResponseMetadata().getNextCursor();
      if (cursor != null && cursor.equals(page)) {
        // a page that names itself as the next one would be read for ever
        throw new SlackException("invalid_response", "Slack's answer to users.list named the same page again.");
      }
    } while (cursor != null && !cursor.isEmpty());
    return roster;
  }

  /**
   * The workspaces an org-wide token may act in ({@code auth.teams.list}, Tier 2, no scope needed), their ids in
   * Slack's order, following {@code next_cursor} (https://docs.slack.dev/reference/methods/auth.teams.list): what
   * {@link #roster} lists one by one for an org's whole roster.
   */
  @Retry(retryOn = SlackUnavailableException.class, maxRetries = 1, delay = 300)
  public List<String> workspaces(String token) {
    List<String> teams = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      AuthTeamsListResponse answer = SlackCalls.run("auth.teams.list",
          () -> methods(token).authTeamsList(r -> r.limit(TEAMS_PAGE).cursor(page)));
      if (answer.getTeams() != null) {
        answer.getTeams().forEach(team -> teams.add(team.getId()));
      }
      cursor = answer.getResponseMetadata() == null ? null : answer.getResponseMetadata().getNextCursor();
      if (cursor != null && cursor.equals(page)) {
        throw new SlackException("invalid_response", "Slack's answer to auth.teams.list named the same page again.");
      }
    } while (cursor != null && !cursor.isEmpty());
    return teams;
  }

  /** The workspace's plan ({@code team.billing.info}): free, std, plus, enterprise, compliance. */
  @Retry(retryOn = SlackUnavailableException.class, maxRetries = 1, delay = 300)
  public String plan(String token) {
    return SlackCalls.run("team.billing.info", () -> methods(token).teamBillingInfo(r -> r)).getPlan();
  }

  /** Who the token belongs to ({@code auth.test}); also proves Slack still accepts it. */
  @Retry(retryOn = SlackUnavailableException.class, maxRetries = 1, delay = 300)
  public String tokenUserId(String token) {
    AuthTestResponse test = SlackCalls.run("auth.test", () -> methods(token).authTest(r -> r));
    return test.getUserId();
  }

  /**
   * Revokes the token at Slack ({@code auth.revoke}); true when Slack confirmed it, or the token was gone
   * already. False, never an exception, when Slack refused or could not be reached: callers go on removing
   * what they hold and tell the user to check Slack.
   */
  public boolean revokeQuietly(String token) {
    try {
      return SlackCalls.run("auth.revoke", () -> methods(token).authRevoke(r -> r)).isRevoked();
    } catch (SlackException failed) {
      return failed.tokenGone();
    }
  }

  /** Exchanges a refresh token for a new token pair ({@code oauth.v2.access}, {@code grant_type=refresh_token}). */
  public SlackGrant refresh(String refreshToken) {
    OAuthV2AccessResponse access = SlackCalls.run("oauth.v2.access", () -> clients.slack().methods()
        .oauthV2Access(r -> r.clientId(settings.clientId()).clientSecret(settings.clientSecret())
            .grantType("refresh_token").refreshToken(refreshToken)));
    OAuthV2AccessResponse.AuthedUser user = access.getAuthedUser();
    // a refreshed user token may come back nested (like the first grant) or at the top level
    String token = user != null && user.getAccessToken() != null ? user.getAccessToken() : access.getAccessToken();
    String refresh = user != null && user.getRefreshToken() != null ? user.getRefreshToken() : access.getRefreshToken();
    Integer expiresIn = user != null && user.getExpiresIn() != null ? user.getExpiresIn() : access.getExpiresIn();
    if (token == null || refresh == null) {
      throw new SlackException("invalid_response", "Slack's refresh answer carried no new token.");
    }
    return new SlackGrant(user == null ? null : user.getId(), token, refresh, expiresIn,
        user == null ? access.getScope() : user.getScope(), null, null, null, null, access.isEnterpriseInstall());
  }

  private MethodsClient methods(String token) {
    return clients.slack().methods(token);
  }
}
