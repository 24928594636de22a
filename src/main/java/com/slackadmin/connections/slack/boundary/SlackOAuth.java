package com.slackadmin.connections.slack.boundary;

import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slackadmin.connections.slack.control.SlackSettings;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.context.WebContext;
import org.pac4j.core.context.session.SessionStore;
import org.pac4j.core.exception.http.RedirectionAction;
import org.pac4j.core.exception.http.WithLocationAction;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;
import org.pac4j.oauth.client.OAuth20Client;
import org.pac4j.oauth.config.OAuth20Configuration;
import org.pac4j.oauth.credentials.OAuth20Credentials;

/**
 * The Slack OAuth 2.0 authorization, run by pac4j: it builds the authorize redirect with the
 * {@code state}, and exchanges the code at {@code oauth.v2.access}.
 *
 * <p>pac4j is only the client of the connection flow here, not the console's sign-in: no pac4j profile is
 * stored and the console user stays who they are. The {@code state} is the caller's: it binds each state to
 * its own pending authorization and checks it on the way back, once ({@code PendingAuthorizations}). pac4j's
 * own check is not used, because it keeps one expected state per session, so that two tabs authorizing at
 * once would refuse each other; {@link #exchange} therefore takes the code the caller already accepted.
 */
@ApplicationScoped
public class SlackOAuth {

  static final String CLIENT_NAME = "slack";
  private static final String STATE_ATTRIBUTE = SlackOAuth.class.getName() + ".state";

  @Inject
  SlackSettings settings;

  private OAuth20Client client;
  private final SessionStore sessions = new JEESessionStore();

  @PostConstruct
  void configure() {
    OAuth20Configuration configuration = new OAuth20Configuration();
    configuration.setApi(new SlackOAuthApi(settings.authorizeUrl(), settings.apiUrl()));
    configuration.setKey(settings.clientId());
    configuration.setSecret(settings.clientSecret());
    configuration.setWithState(true);
    // the state is chosen by the caller, who binds it to the pending connection
    configuration.setStateGenerator(SlackOAuth::preparedState);
    configuration.setCustomParams(Map.of("user_scope", SlackSettings.USER_SCOPES));
    configuration
        .setHttpClientConfig(JDKHttpClientConfig.defaultConfig().withConnectTimeout(5_000).withReadTimeout(15_000));
    configuration.setProfileDefinition(new NoProfileDefinition());
    client = new OAuth20Client();
    client.setName(CLIENT_NAME);
    client.setConfiguration(configuration);
    client.setCallbackUrl(settings.redirectUri());
    // Slack must see exactly the registered redirect URI: no client_name query parameter appended
    client.setCallbackUrlResolver(new ExactCallbackUrlResolver());
    // pac4j would remember a failed exchange in the session and refuse the next authorization with a 401
    client.setCheckAuthenticationAttempt(false);
    client.init();
  }

  /**
   * Where to send the browser to authorize; {@code state} comes back on the callback.
   *
   * <p>The redirect is built by pac4j's builder itself. The client's {@code getRedirectionAction} first answers
   * 401 to a request it takes for AJAX ({@code X-Requested-With}) and to the first request after an
   * authentication it saw fail: rules for a sign-in, while here the console has already decided that this
   * user may start an authorization.
   */
  public String authorizationUrl(HttpServletRequest request, HttpServletResponse response, String state) {
    WebContext context = new JEEContext(request, response);
    context.setRequestAttribute(STATE_ATTRIBUTE, state);
    Optional<RedirectionAction> action =
        client.getRedirectionActionBuilder().getRedirectionAction(new CallContext(context, sessions));
    return action.filter(WithLocationAction.class::isInstance)
        .map(a -> ((WithLocationAction) a).getLocation())
        .orElseThrow(() -> new IllegalStateException("pac4j built no authorization redirect"));
  }

  /**
   * Exchanges an authorization code at {@code oauth.v2.access}. The callback's state was checked by the caller.
   *
   * @throws SlackException when the code is missing or Slack refuses it, or Slack cannot be reached
   */
  public SlackGrant exchange(String code, HttpServletRequest request, HttpServletResponse response) {
    if (code == null || code.isBlank()) {
      throw new SlackException("no_code", "Slack sent no authorization code.");
    }
    CallContext call = new CallContext(new JEEContext(request, response), sessions);
    try {
      OAuth20Credentials validated = (OAuth20Credentials) client.validateCredentials(call, new OAuth20Credentials(code))
          .orElseThrow(() -> new SlackException("no_token", "Slack granted no token."));
      return grantOf(validated.toAccessToken().getRawResponse());
    } catch (org.pac4j.core.exception.HttpCommunicationException unreachable) {
      throw new SlackUnavailableException("slack_unreachable",
          "Slack could not be reached to finish the authorization.");
    }
  }

  private static String preparedState(CallContext call) {
    Object state = call.webContext().getRequestAttribute(STATE_ATTRIBUTE).orElse(null);
    if (state == null) {
      throw new IllegalStateException("no state prepared for this authorization");
    }
    return state.toString();
  }

  private static SlackGrant grantOf(String rawResponse) {
    OAuthV2AccessResponse access = SlackTokenExtractor.parse(rawResponse);
    OAuthV2AccessResponse.AuthedUser user = access.getAuthedUser();
    return new SlackGrant(user.getId(), user.getAccessToken(), user.getRefreshToken(), user.getExpiresIn(),
        user.getScope(),
        access.getTeam() == null ? null : access.getTeam().getId(),
        access.getTeam() == null ? null : access.getTeam().getName(),
        access.getEnterprise() == null ? null : access.getEnterprise().getId(),
        access.getEnterprise() == null ? null : access.getEnterprise().getName(),
        access.isEnterpriseInstall());
  }

  /** pac4j needs a profile definition to start; the connection flow never asks it for a profile. */
  private static final class NoProfileDefinition extends org.pac4j.oauth.profile.definition.OAuthProfileDefinition {
    @Override
    public String getProfileUrl(com.github.scribejava.core.model.Token token,
        org.pac4j.oauth.config.OAuthConfiguration configuration) {
      throw new UnsupportedOperationException("no profile is read from Slack through pac4j");
    }

    @Override
    public CommonProfile extractUserProfile(String body) {
      throw new UnsupportedOperationException("no profile is read from Slack through pac4j");
    }
  }
}
