package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.control.TokenBook.Exchange;
import com.slackadmin.connections.sandbox.control.TokenBook.Issued;
import com.slackadmin.connections.sandbox.entity.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * {@code oauth.v2.access}: trades an authorisation code (or, with token rotation, a refresh token) for a user
 * token, after checking the app's credentials (HTTP Basic or {@code client_id}/{@code client_secret}).
 */
@ApplicationScoped
public class OAuthAccess {

  @Inject
  SandboxWorld world;

  @Inject
  SandboxSettings settings;

  public JsonObject access(ApiParams params) {
    String clientId = params.basicClientId() != null ? params.basicClientId() : params.get("client_id");
    String secret = params.basicClientId() != null ? params.basicClientSecret() : params.get("client_secret");
    if (!SandboxApp.CLIENT_ID.equals(clientId)) {
      return SlackJson.error("invalid_client_id");
    }
    if (!SandboxApp.CLIENT_SECRET.equals(secret)) {
      return SlackJson.error("bad_client_secret");
    }
    boolean refresh = "refresh_token".equals(params.get("grant_type"));
    return world.change(state -> {
      Exchange exchange = refresh
          ? state.tokens().refresh(params.get("refresh_token"), settings.tokenLifetime())
          : state.tokens().redeem(params.get("code"), params.get("redirect_uri"), settings.isTokenRotation(),
              settings.tokenLifetime());
      if (exchange.error() != null) {
        return SlackJson.error(exchange.error());
      }
      return refresh ? refreshed(state, exchange.issued()) : installed(state, exchange.issued());
    });
  }

  /** A user-scope-only install: the token is inside {@code authed_user}, none at the top level. */
  private JsonObject installed(State state, Issued issued) {
    Grant grant = issued.access().grant();
    JsonObjectBuilder user = JSON.createObjectBuilder().add("id", grant.userId()).add("scope", grant.scopeList())
        .add("access_token", issued.access().value()).add("token_type", "user");
    if (issued.refreshToken() != null) {
      user.add("refresh_token", issued.refreshToken()).add("expires_in", issued.expiresIn());
    }
    return withInstallation(state, SlackJson.ok().add("app_id", SandboxApp.APP_ID).add("authed_user", user), grant)
        .build();
  }

  /** A refreshed user token comes back at the top level, as Slack's token rotation answers. */
  private JsonObject refreshed(State state, Issued issued) {
    Grant grant = issued.access().grant();
    JsonObjectBuilder answer = SlackJson.ok().add("app_id", SandboxApp.APP_ID)
        .add("authed_user", JSON.createObjectBuilder().add("id", grant.userId()))
        .add("scope", grant.scopeList()).add("token_type", "user")
        .add("access_token", issued.access().value()).add("refresh_token", issued.refreshToken())
        .add("expires_in", issued.expiresIn());
    return withInstallation(state, answer, grant).build();
  }

  private JsonObjectBuilder withInstallation(State state, JsonObjectBuilder answer, Grant grant) {
    var directory = state.directory();
    if (grant.teamId() == null) {
      answer.addNull("team");
    } else {
      answer.add("team", SlackJson.idAndName(grant.teamId(), directory.workspace(grant.teamId()).orElseThrow()
          .getName()));
    }
    if (grant.enterpriseId() == null) {
      answer.addNull("enterprise");
    } else {
      answer.add("enterprise", SlackJson.idAndName(grant.enterpriseId(),
          directory.enterprise(grant.enterpriseId()).orElseThrow().name()));
    }
    return answer.add("is_enterprise_install", grant.isEnterpriseInstall());
  }
}
