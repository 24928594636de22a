package com.slackadmin.connections.sandbox.boundary;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

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
 * if the sandbox did not exist. Otherwise state-changing browser requests must come from the sandbox's own
 * pages: a foreign {@code Origin} header is refused, the forms (OAuth pages, control page) must carry the
 * sandbox's form token ({@link FormTokens}), and the JSON control API takes JSON bodies only. The Web API and
 * SCIM are called server to server, with tokens.
 */
@WebFilter(urlPatterns = {"/sandbox", "/sandbox/*"})
public class SandboxGateFilter extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String NO_FORM_TOKEN = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<title>Refused - Slack sandbox</title></head><body><h1>This form was refused</h1><p>It did not carry "
      + "the sandbox's form token: it came from another site, or from a page older than this browser's "
      + "sandbox cookie. Go back, reload the page and try again.</p></body></html>";

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
    boolean changes = !SAFE_METHODS.contains(request.getMethod());
    if (changes && origin != null && isBrowserFacing(request) && !origin.equals(publicOrigin)
        && !origin.equals(ownOrigin(request))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
      return;
    }
    if (isControlApi(request)) {
      // a JSON body needs a CORS preflight from another site, which the sandbox never grants
      if (changes && !HttpIo.isJson(request)) {
        HttpIo.writeJson(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, JSON.createObjectBuilder()
            .add("ok", false).add("error", "send_json: the control API takes Content-Type: application/json")
            .build());
        return;
      }
    } else if (isBrowserFacing(request)) {
      FormTokens.issue(request, response);
      if (changes && !FormTokens.carried(request)) {
        HttpIo.write(response, HttpServletResponse.SC_FORBIDDEN, "text/html; charset=utf-8", NO_FORM_TOKEN);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isControlApi(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/sandbox/control/");
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
