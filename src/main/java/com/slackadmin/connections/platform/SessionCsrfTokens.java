package com.slackadmin.connections.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;

/**
 * The console's CSRF token, kept in the session as Krazo's default strategy keeps it, without that strategy's
 * search of every jar ({@code ServiceLoader}) for a way to unwrap the request on each token read: every console
 * page reads the token for its forms. The request the container hands in reaches the session as it is.
 */
final class SessionCsrfTokens implements CsrfTokenStrategy {

  /** Krazo's default names: the header scripts may send, and the form field the pages carry. */
  static final String HEADER = "X-CSRF-TOKEN";
  static final String FIELD = "_csrf";

  private static final String SESSION_KEY = SessionCsrfTokens.class.getName() + ".token";

  @Override
  public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
    HttpSession session = request.getSession(create);
    if (session == null) {
      return Optional.empty();
    }
    if (session.getAttribute(SESSION_KEY) instanceof CsrfToken token) {
      return Optional.of(token);
    }
    if (!create) {
      return Optional.empty();
    }
    CsrfToken token = new CsrfToken(HEADER, FIELD, UUID.randomUUID().toString());
    session.setAttribute(SESSION_KEY, token);
    return Optional.of(token);
  }
}
