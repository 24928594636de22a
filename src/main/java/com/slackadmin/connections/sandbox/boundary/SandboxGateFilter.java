package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.SandboxSwitch;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * The sandbox's front door. With real Slack credentials configured every {@code /sandbox} URL is a 404, as
 * if the sandbox did not exist. Otherwise state-changing browser requests (OAuth pages, control page, control
 * API) must not come from another site: these are not Krazo pages with CSRF tokens, so a foreign
 * {@code Origin} header is refused. The Web API and SCIM are called server to server and carry no Origin.
 */
@WebFilter(urlPatterns = {"/sandbox", "/sandbox/*"})
public class SandboxGateFilter extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private boolean on;
  private String publicOrigin;

  @Override
  public void init() {
    on = SandboxSwitch.isOnByConfig();
    publicOrigin = originOf(SandboxConfig.publicUrl());
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!on) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String origin = request.getHeader("Origin");
    if (!SAFE_METHODS.contains(request.getMethod()) && origin != null && isBrowserFacing(request)
        && !origin.equals(publicOrigin) && !origin.equals(ownOrigin(request))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isBrowserFacing(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/sandbox/api/") && !path.startsWith("/sandbox/scim/");
  }

  private static String ownOrigin(HttpServletRequest request) {
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
        || ("https".equals(request.getScheme()) && port == 443);
    return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }

  static String originOf(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}
