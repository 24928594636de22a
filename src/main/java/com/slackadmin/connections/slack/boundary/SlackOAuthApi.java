package com.slackadmin.connections.slack.boundary;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;

/**
 * Slack's OAuth v2 endpoints for the scribejava layer under pac4j: {@code oauth/v2/authorize} and the
 * {@code oauth.v2.access} Web API method, which answers in Slack's own shape (see
 * {@link SlackTokenExtractor}).
 */
class SlackOAuthApi extends DefaultApi20 {

  private final String authorizeUrl;
  private final String accessUrl;

  SlackOAuthApi(String authorizeUrl, String apiUrl) {
    this.authorizeUrl = authorizeUrl;
    this.accessUrl = apiUrl + "oauth.v2.access";
  }

  @Override
  public String getAccessTokenEndpoint() {
    return accessUrl;
  }

  @Override
  protected String getAuthorizationBaseUrl() {
    return authorizeUrl;
  }

  @Override
  public TokenExtractor<OAuth2AccessToken> getAccessTokenExtractor() {
    return SlackTokenExtractor.INSTANCE;
  }

  /** Slack documents client_id and client_secret as form fields of {@code oauth.v2.access}. */
  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }
}
