package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.account.entity.ConsoleUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hands the user the authentication mechanism read to {@link CurrentUser}, so that a request reads its user
 * once. The mechanism runs before CDI's request scope of the request is active, so it leaves the user in a
 * request attribute; this filter runs inside that scope.
 */
@WebFilter(urlPatterns = {"/app/*", "/api/*"})
public class AuthenticatedUserFilter extends HttpFilter {

  static final String ATTRIBUTE = AuthenticatedUserFilter.class.getName() + ".user";

  @Inject
  CurrentUser currentUser;

  /** For the authentication mechanism: the enabled user it just authenticated this request as. */
  static void remember(HttpServletRequest request, ConsoleUser user) {
    request.setAttribute(ATTRIBUTE, user);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(ATTRIBUTE) instanceof ConsoleUser user) {
      request.removeAttribute(ATTRIBUTE);
      currentUser.authenticatedAs(user);
    }
    chain.doFilter(request, response);
  }
}
