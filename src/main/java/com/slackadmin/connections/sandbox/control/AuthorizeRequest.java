package com.slackadmin.connections.sandbox.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of Slack's {@code /oauth/v2/authorize}, and Slack's checks on them before any page is
 * shown: the app must be known, the {@code redirect_uri} registered (here: under {@code PUBLIC_URL}), a
 * {@code state} present, and only user scopes this sandbox knows requested.
 */
public record AuthorizeRequest(String clientId, String scope, String userScope, String redirectUri, String state,
    String team) {

  public static final Set<String> KNOWN_USER_SCOPES =
      Set.of("admin", "users:read", "users:read.email", "team:read", "team.billing:read");

  public static AuthorizeRequest of(Map<String, String> parameters) {
    return new AuthorizeRequest(parameters.get("client_id"), parameters.get("scope"),
        parameters.get("user_scope"), parameters.get("redirect_uri"), parameters.get("state"),
        parameters.get("team"));
  }

  /** Why Slack would show an error page instead of the flow, or null when the request is fine. */
  public String problem(String publicUrl) {
    if (!SandboxApp.CLIENT_ID.equals(clientId)) {
      return "invalid_client_id: this app is not known to Slack";
    }
    if (redirectUri == null || !isUnder(redirectUri, publicUrl)) {
      return "bad_redirect_uri: the redirect_uri is not one of the app's redirect URLs (they start with "
          + publicUrl + ")";
    }
    if (state == null || state.isBlank()) {
      return "missing state: the app must send a state parameter";
    }
    if (scope != null && !scope.isBlank()) {
      return "invalid_scope: this app asks for user scopes only (user_scope), not bot scopes";
    }
    Set<String> scopes = userScopes();
    if (scopes.isEmpty()) {
      return "invalid_scope: no user_scope requested";
    }
    for (String requested : scopes) {
      if (!KNOWN_USER_SCOPES.contains(requested)) {
        return "invalid_scope: " + requested;
      }
    }
    return null;
  }

  public Set<String> userScopes() {
    if (userScope == null) {
      return Set.of();
    }
    Set<String> scopes = new LinkedHashSet<>();
    Arrays.stream(userScope.split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(scopes::add);
    return scopes;
  }

  /** The parameters to carry through the sign-in, chooser and consent pages. */
  public Map<String, String> carried() {
    Map<String, String> carried = new LinkedHashMap<>();
    put(carried, "client_id", clientId);
    put(carried, "user_scope", userScope);
    put(carried, "redirect_uri", redirectUri);
    put(carried, "state", state);
    put(carried, "team", team);
    return carried;
  }

  public String query() {
    StringBuilder query = new StringBuilder();
    carried().forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
        .append(encode(value)));
    return query.toString();
  }

  public String redirectWith(String parameters) {
    return redirectUri + (redirectUri.contains("?") ? "&" : "?") + parameters;
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Under the public URL means the same origin and a path below it: no lookalike hosts. */
  static boolean isUnder(String uri, String publicUrl) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return uri.equals(base) || uri.startsWith(base + "/") || uri.startsWith(base + "?");
  }

  private static void put(Map<String, String> map, String name, String value) {
    if (value != null) {
      map.put(name, value);
    }
  }
}
