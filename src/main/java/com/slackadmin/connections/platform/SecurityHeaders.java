package com.slackadmin.connections.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.stream.Collectors;

/**
 * The security headers every response carries: no inline script, no framing, no MIME sniffing, and no full URLs
 * leaking to other sites. {@code form-action} also admits the other sites the features' forms lead to
 * ({@link FormTarget}s, such as Slack's authorize page after New Connection).
 *
 * <p>Set by {@link SecurityHeadersFilter} on every request and error dispatch, and by the sign-in mechanism, whose
 * redirect of a signed-out visitor to the sign-in page is sent before any filter runs.
 */
@ApplicationScoped
public class SecurityHeaders {

  @Inject
  Instance<FormTarget> formTargets;

  private String policy;

  @PostConstruct
  void buildPolicy() {
    policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
        + formTargets.stream().map(target -> originOf(target.url())).filter(origin -> !origin.isEmpty()).distinct()
            .map(origin -> " " + origin).collect(Collectors.joining());
  }

  public void addTo(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
  }

  private static String originOf(String url) {
    URI uri = URI.create(url);
    if (uri.getScheme() == null || uri.getHost() == null) {
      return "";
    }
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}
