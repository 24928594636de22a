package com.slackadmin.connections.slack.boundary;

import org.pac4j.core.context.WebContext;
import org.pac4j.core.http.callback.CallbackUrlResolver;
import org.pac4j.core.http.url.UrlResolver;

/** Uses the configured callback URL as it is: Slack compares the redirect URI with the registered one. */
final class ExactCallbackUrlResolver implements CallbackUrlResolver {

  @Override
  public String compute(UrlResolver urlResolver, String url, String clientName, WebContext context) {
    return url;
  }

  @Override
  public boolean matches(String clientName, WebContext context) {
    return true;
  }
}
