package com.slackadmin.connections.slack.boundary;

import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.util.json.GsonFactory;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import java.io.IOException;

/**
 * Reads {@code oauth.v2.access}. Slack answers HTTP 200 with {@code ok:false} on refusals, and nests the
 * user token in {@code authed_user}: a user-scope-only install has no token at the top level. The raw
 * answer is kept so the grant's team and enterprise can be read from it.
 */
final class SlackTokenExtractor implements TokenExtractor<OAuth2AccessToken> {

  static final SlackTokenExtractor INSTANCE = new SlackTokenExtractor();
  private static final Gson GSON = GsonFactory.createSnakeCase();

  private SlackTokenExtractor() {}

  @Override
  public OAuth2AccessToken extract(Response response) throws IOException {
    String body = response.getBody();
    if (response.getCode() == 429) {
      throw new SlackException("ratelimited", "Slack is rate limiting the authorization; try again shortly.",
          retryAfter(response.getHeader("Retry-After")));
    }
    if (response.getCode() >= 500) {
      throw new SlackUnavailableException("slack_server_error", "Slack answered HTTP " + response.getCode() + ".");
    }
    OAuthV2AccessResponse access = parse(body);
    if (!access.isOk()) {
      throw new SlackException(access.getError(), "Slack refused the authorization code: " + access.getError() + ".");
    }
    OAuthV2AccessResponse.AuthedUser user = access.getAuthedUser();
    if (user == null || user.getAccessToken() == null) {
      throw new SlackException("no_user_token", "Slack granted no user token; the app must ask for user scopes.");
    }
    return new OAuth2AccessToken(user.getAccessToken(), user.getTokenType(), user.getExpiresIn(),
        user.getRefreshToken(), user.getScope(), body);
  }

  static OAuthV2AccessResponse parse(String body) {
    try {
      OAuthV2AccessResponse access = GSON.fromJson(body, OAuthV2AccessResponse.class);
      if (access == null) {
        throw new JsonParseException("empty");
      }
      return access;
    } catch (JsonParseException malformed) {
      throw new SlackException("invalid_response", "Slack's answer to oauth.v2.access could not be read.");
    }
  }

  private static Integer retryAfter(String header) {
    try {
      return header == null ? null : Integer.valueOf(header.trim());
    } catch (NumberFormatException ignored) {
      return null;
    }
  }
}
