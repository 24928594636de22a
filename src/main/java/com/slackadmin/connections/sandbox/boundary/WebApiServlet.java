package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.ApiParams;
import com.slackadmin.connections.sandbox.control.CallGuard;
import com.slackadmin.connections.sandbox.control.CallGuard.Interruption;
import com.slackadmin.connections.sandbox.control.PublishedLimits;
import com.slackadmin.connections.sandbox.control.SandboxWorld;
import com.slackadmin.connections.sandbox.control.SlackJson;
import com.slackadmin.connections.sandbox.control.WebApiMethods;
import com.slackadmin.connections.sandbox.entity.AccessToken;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's Web API at {@code /sandbox/api/<method>}: GET or POST, arguments as query, form or JSON body, the
 * token as {@code Authorization: Bearer} or {@code token}. Always HTTP 200 with {@code ok}/{@code error},
 * unless a fault or a rate limit says otherwise.
 */
@WebServlet("/sandbox/api/*")
public class WebApiServlet extends HttpServlet {

  @Inject
  WebApiMethods methods;

  @Inject
  SandboxWorld world;

  @Inject
  CallGuard guard;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    String method = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    ApiParams params;
    try {
      params = params(request);
    } catch (JsonException e) {
      HttpIo.writeJson(response, 200, SlackJson.error("invalid_json"));
      guard.record("web", request.getMethod(), method, null, 200);
      return;
    }
    AccessToken token = world.apply(state -> state.tokens().token(params.token()));
    String userId = token == null ? null : token.grant().userId();
    String rateKey = token == null ? "anonymous"
        : token.grant().teamId() != null ? token.grant().teamId() : token.grant().enterpriseId();
    Optional<Interruption> interruption = guard.before(method, rateKey, PublishedLimits.forMethod(method));
    int status = interruption.isPresent()
        ? Interruptions.writeWebApi(response, interruption.get())
        : answer(response, methods.call(method, params));
    guard.record("web", request.getMethod(), method, userId, status);
  }

  private static int answer(HttpServletResponse response, JsonObject body) throws IOException {
    HttpIo.writeJson(response, 200, body);
    return 200;
  }

  private static ApiParams params(HttpServletRequest request) throws IOException {
    Map<String, String> values = HttpIo.isJson(request)
        ? merged(HttpIo.parameters(request), HttpIo.flatten(HttpIo.jsonObject(HttpIo.body(request))))
        : HttpIo.parameters(request);
    String authorization = request.getHeader("Authorization");
    String bearer = null;
    String basicId = null;
    String basicSecret = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      bearer = authorization.substring(7).trim();
    } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded = decode(authorization.substring(6).trim());
      int colon = decoded.indexOf(':');
      basicId = colon < 0 ? decoded : decoded.substring(0, colon);
      basicSecret = colon < 0 ? "" : decoded.substring(colon + 1);
    }
    return new ApiParams(values, bearer, basicId, basicSecret);
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Map<String, String> merged(Map<String, String> query, Map<String, String> json) {
    query.putAll(json);
    return query;
  }
}
