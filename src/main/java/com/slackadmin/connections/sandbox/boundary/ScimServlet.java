package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.CallGuard;
import com.slackadmin.connections.sandbox.control.CallGuard.Interruption;
import com.slackadmin.connections.sandbox.control.FaultPlan;
import com.slackadmin.connections.sandbox.control.PublishedLimits;
import com.slackadmin.connections.sandbox.control.SandboxWorld;
import com.slackadmin.connections.sandbox.control.ScimError;
import com.slackadmin.connections.sandbox.control.ScimService;
import com.slackadmin.connections.sandbox.control.ScimService.ScimAnswer;
import com.slackadmin.connections.sandbox.control.ScimService.ScimRequest;
import com.slackadmin.connections.sandbox.entity.AccessToken;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Slack's SCIM 2.0 API at {@code /sandbox/scim/v2/Users} and {@code /sandbox/scim/v2/Groups}. */
@WebServlet("/sandbox/scim/v2/*")
public class ScimServlet extends HttpServlet {

  @Inject
  ScimService scim;

  @Inject
  SandboxWorld world;

  @Inject
  CallGuard guard;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    String[] parts = path.substring(1).split("/", -1);
    String resource = parts[0];
    String id = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
    String token = bearer(request);
    AccessToken access = world.apply(state -> state.tokens().token(token));
    String userId = access == null ? null : access.grant().userId();
    String rateKey = access == null ? "anonymous"
        : access.grant().enterpriseId() != null ? access.grant().enterpriseId() : access.grant().teamId();

    Optional<Interruption> interruption = guard.before(FaultPlan.SCIM, rateKey,
        PublishedLimits.forScim(request.getMethod(), resource, id != null));
    int status = interruption.isPresent()
        ? Interruptions.writeScim(response, interruption.get())
        : answer(request, response, resource, id, token);
    guard.record("scim", request.getMethod(), path, userId, status);
  }

  private int answer(HttpServletRequest request, HttpServletResponse response, String resource, String id,
      String token) throws IOException {
    JsonObject body;
    try {
      body = HttpIo.jsonObject(HttpIo.body(request));
    } catch (JsonException | ClassCastException e) {
      HttpIo.writeJson(response, 400, ScimError.body(400, "invalid_syntax: the body is not a JSON object"));
      return 400;
    }
    String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
        + request.getContextPath() + "/sandbox/scim/v2";
    ScimAnswer answer = scim.handle(new ScimRequest(request.getMethod(), resource, id,
        HttpIo.parameters(request), body, token, base));
    if (answer.body() == null) {
      response.setStatus(answer.status());
    } else {
      if (answer.status() == 201) {
        response.setHeader("Location", answer.body().getJsonObject("meta").getString("location"));
      }
      HttpIo.writeJson(response, answer.status(), answer.body());
    }
    return answer.status();
  }

  private static String bearer(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).trim();
    }
    return null;
  }
}
