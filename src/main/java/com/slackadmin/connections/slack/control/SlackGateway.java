package com.slackadmin.connections.slack.control;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.model.User;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The Slack Web API methods the product uses, through Slack's Java SDK. Controllers never see SDK types:
 * answers come back as our own {@link SlackIdentity} and {@link SlackGrant}, failures as {@link SlackException}.
 */
@ApplicationScoped
public class SlackGateway {

  @Inject
  SlackClients clients;

  @Inject
  SlackSettings settings;

  /** The account behind the token, with its current roles ({@code users.info}). */
  @Retry(retryOn = SlackUnavailableException.class, maxRetries = 1, delay = 300)
  public SlackIdentity identity(String token, String userId) {
    User user = SlackCalls.run("users.info", () -> methods(token).usersInfo(r -> r.user(userId))).getUser();
    User.Profile profile = user.getProfile();
    User.EnterpriseUser org = user.getEnterpriseUser();
    SlackRole workspaceRole = SlackRole.ofWorkspaceFlags(user.isPrimaryOwner(), user.isOwner(), user.isAdmin(),
        user.isRestricted(), user.isUltraRestricted());
    SlackRole orgRole = org == null ? null : SlackRole.ofOrgFlags(org.isPrimaryOwner(), org.isOwner(), org.isAdmin());
    String name = user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
    return new SlackIdentity(user.getId(), name, profile == null ? null : profile.getEmail(), user.isDeleted(),
        workspaceRole, orgRole, org == null ? null : org.getEnterpriseId());
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
