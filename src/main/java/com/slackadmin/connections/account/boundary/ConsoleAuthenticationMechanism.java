package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.platform.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Form sign-in for the console. The sign-in page's controller hands the typed credentials to
 * {@code SecurityContext.authenticate}; this mechanism checks them and remembers the username in the
 * session. On every later request the user is read again, so a disabled user or a changed role takes
 * effect at once rather than at the next sign-in.
 *
 * <p>Requests to the JSON API are authenticated by a personal API token instead, and only by it: see
 * {@link ApiTokenAuthentication}.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_USERNAME = "console.username";
  public static final String SIGN_IN_PATH = "/app/signin";

  @Inject
  IdentityStoreHandler identityStores;

  @Inject
  ConsoleUsers users;

  @Inject
  ApiTokenAuthentication apiTokens;

  @Inject
  SecurityHeaders securityHeaders;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // this runs before any filter, and may answer itself (the redirect to sign-in, a refused API token)
    securityHeaders.addTo(response);
    if (ApiTokenAuthentication.isApiRequest(request)) {
      return apiTokens.validate(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return signIn(request, context, credential);
    }
    Optional<ConsoleUser> user = sessionUser(request);
    if (user.isPresent()) {
      AuthenticatedUserFilter.remember(request, user.get());
      return context.notifyContainerAboutLogin(user.get().getUsername(), Set.of(user.get().getRole().name()));
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + SIGN_IN_PATH + "?next=" + encode(originalPath(request)));
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session, not only a new id: no session fixation across sign-in, and nothing of the visitor's session
    // is kept, above all Krazo's CSRF token, so that a token seen before sign-in is worthless afterwards.
    HttpSession visitor = request.getSession(false);
    if (visitor != null) {
      visitor.invalidate();
    }
    request.getSession(true).setAttribute(SESSION_USERNAME, result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  private Optional<ConsoleUser> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object username = session == null ? null : session.getAttribute(SESSION_USERNAME);
    if (username == null) {
      return Optional.empty();
    }
    Optional<ConsoleUser> user = users.findByUsername(username.toString()).filter(ConsoleUser::isEnabled);
    if (user.isEmpty()) {
      session.invalidate();
    }
    return user;
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (ApiTokenAuthentication.isApiRequest(request)) {
      return; // API calls have no session, and must not end a console session of the same client
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static String originalPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
