package com.slackadmin.connections.platform;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.stream.Collectors;

/**
 * Security headers on every response: no inline script, no framing, no MIME sniffing, and no full URLs
 * leaking to other sites. {@code form-action} also admits the other sites the features' forms lead to
 * ({@link FormTarget}s, such as Slack's authorize page after New Connection).
 *
 * <p>Also on error dispatches ({@link ErrorPage}): some errors never pass the request's filters, such as a role
 * refused by web.xml's security constraints.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  @Inject
  Instance<FormTarget> formTargets;

  private String policy;

  @Override
  public void init() {
    policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
        + formTargets.stream().map(target -> originOf(target.url())).filter(origin -> !origin.isEmpty()).distinct()
            .map(origin -> " " + origin).collect(Collectors.joining());
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }

  private static String originOf(String url) {
    URI uri = URI.create(url);
    if (uri.getScheme() == null || uri.getHost() == null) {
      return "";
    }
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}
