package com.slackadmin.connections.slack.control;

import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackGrant;
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
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.exception.http.RedirectionAction;
import org.pac4j.core.exception.http.WithLocationAction;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;
import org.pac4j.oauth.client.OAuth20Client;
import org.pac4j.oauth.config.OAuth20Configuration;
import org.pac4j.oauth.credentials.OAuth20Credentials;
import org.pac4j.oauth.exception.OAuthCredentialsException;

/**
 * The Slack OAuth 2.0 authorization, run by pac4j: it builds the authorize redirect with the
 * {@code state}, checks that state on the callback, and exchanges the code at {@code oauth.v2.access}.
 *
 * <p>pac4j is only the client of the connection flow here, not the console's sign-in: no pac4j profile is
 * stored and the console user stays who they are. pac4j keeps one expected state per session; the caller
 * binds each state to its own pending request and hands the state back with {@link #exchange}, so that two
 * tabs authorizing at once each keep their own.
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
    configuration.setHttpClientConfig(JDKHttpClientConfig.defaultConfig().withConnectTimeout(5_000).withReadTimeout(15_000));
    configuration.setProfileDefinition(new NoProfileDefinition());
    client = new OAuth20Client();
    client.setName(CLIENT_NAME);
    client.setConfiguration(configuration);
    client.setCallbackUrl(settings.redirectUri());
    // Slack must see exactly the registered redirect URI: no client_name query parameter appended
    client.setCallbackUrlResolver(new ExactCallbackUrlResolver());
    client.init();
  }

  /** Where to send the browser to authorize; {@code state} comes back on the callback. */
  public String authorizationUrl(HttpServletRequest request, HttpServletResponse response, String state) {
    WebContext context = new JEEContext(request, response);
    context.setRequestAttribute(STATE_ATTRIBUTE, state);
    Optional<RedirectionAction> action = client.getRedirectionAction(new CallContext(context, sessions));
    return action.filter(WithLocationAction.class::isInstance)
        .map(a -> ((WithLocationAction) a).getLocation())
        .orElseThrow(() -> new IllegalStateException("pac4j built no authorization redirect"));
  }

  /**
   * Checks the callback's {@code state} against {@code expectedState} and exchanges the code.
   *
   * @throws SlackException when the state does not match, the code is missing, or Slack refuses the code
   */
  public SlackGrant exchange(HttpServletRequest request, HttpServletResponse response, String expectedState) {
    WebContext context = new JEEContext(request, response);
    sessions.set(context, client.getStateSessionAttributeName(), expectedState);
    CallContext call = new CallContext(context, sessions);
    try {
      Credentials extracted = client.getCredentials(call)
          .orElseThrow(() -> new SlackException("no_code", "Slack sent no authorization code."));
      OAuth20Credentials validated = (OAuth20Credentials) client.validateCredentials(call, extracted)
          .orElseThrow(() -> new SlackException("no_token", "Slack granted no token."));
      return grantOf(validated.toAccessToken().getRawResponse());
    } catch (OAuthCredentialsException mismatch) {
      throw new SlackException("state_mismatch", "The authorization's state did not match this request.");
    } catch (org.pac4j.core.exception.HttpCommunicationException unreachable) {
      throw new SlackException("slack_unreachable", "Slack could not be reached to finish the authorization.");
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
