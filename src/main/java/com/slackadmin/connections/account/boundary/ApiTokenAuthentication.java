package com.slackadmin.connections.account.boundary;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.account.control.ApiTokens;
import com.slackadmin.connections.account.entity.ConsoleUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in for the JSON API under {@code /api}: every request carries {@code Authorization: Bearer <token>}.
 *
 * <p>The session cookie is ignored there on purpose. A browser attaches cookies to cross-site requests by
 * itself but never an Authorization header, so an API that only trusts the header needs no CSRF token; and
 * scripts get the same answer whether or not someone is signed in to the console in the same client. No
 * session is created for API calls either.
 */
@ApplicationScoped
public class ApiTokenAuthentication {

  /** The JSON API's servlet path; the JAX-RS application there is mapped to {@code /api/*}. */
  public static final String API_PATH = "/api";

  private static final String BEARER = "Bearer ";

  @Inject
  ApiTokens tokens;

  /** Decided on the servlet path, which the container has decoded and normalised, not the raw URI. */
  public static boolean isApiRequest(HttpServletRequest request) {
    String path = request.getServletPath();
    return path != null && (path.equals(API_PATH) || path.startsWith(API_PATH + "/"));
  }

  public AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    Optional<ConsoleUser> user = bearerToken(header).flatMap(tokens::authenticate);
    if (user.isPresent()) {
      AuthenticatedUserFilter.remember(request, user.get());
      return context.notifyContainerAboutLogin(user.get().getUsername(), Set.of(user.get().getRole().name()));
    }
    return header == null
        ? refuse(response, "Bearer realm=\"api\"",
            "Send a personal API token in the header 'Authorization: Bearer <token>'. Create one in the console.")
        : refuse(response, "Bearer realm=\"api\", error=\"invalid_token\"",
            "The API token is not valid: it is unknown or revoked, or its owner was disabled.");
  }

  static Optional<String> bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(BEARER.length()).trim());
  }

  /**
   * Answers 401 with the API's JSON error, not the console's redirect to the sign-in page. SEND_CONTINUE
   * tells the container that this response is complete and must be sent as it is.
   */
  private static AuthenticationStatus refuse(HttpServletResponse response, String challenge, String message) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", challenge);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String body = JSON.createObjectBuilder()
        .add("code", "unauthorized")
        .add("message", message)
        .add("details", JSON.createObjectBuilder())
        .build()
        .toString();
    try {
      response.getWriter().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
