package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.ConsoleUsers;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Until the first ADMIN exists, every console page leads to the one-time setup page. */
@WebFilter(urlPatterns = {"/app/*", "/index.jsp"})
public class SetupRedirectFilter extends HttpFilter {

  @Inject
  ConsoleUsers users;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.equals("/app/setup") && users.isSetupRequired()) {
      response.sendRedirect(request.getContextPath() + "/app/setup");
      return;
    }
    chain.doFilter(request, response);
  }
}
