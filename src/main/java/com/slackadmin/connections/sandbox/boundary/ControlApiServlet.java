package com.slackadmin.connections.sandbox.boundary;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.control.CallLog;
import com.slackadmin.connections.sandbox.control.FaultPlan;
import com.slackadmin.connections.sandbox.control.SandboxControl;
import com.slackadmin.connections.sandbox.control.SandboxSettings;
import com.slackadmin.connections.sandbox.control.SandboxWorld;
import com.slackadmin.connections.sandbox.entity.Fault;
import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The JSON control API for tests, under {@code /sandbox/control/}. POSTs take a JSON object; every answer is
 * {@code {"ok":true,...}} or {@code {"ok":false,"error":"..."}} (400, or 404 for unknown people). The
 * control page documents each call.
 */
@WebServlet("/sandbox/control/*")
public class ControlApiServlet extends HttpServlet {

  @Inject
  SandboxControl control;

  @Inject
  SandboxSettings settings;

  @Inject
  CallLog log;

  @Inject
  FaultPlan faults;

  @Inject
  SandboxWorld world;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = String.valueOf(request.getPathInfo());
    switch (path) {
      case "/calls" -> HttpIo.writeJson(response, 200, ok().add("calls", ControlJson.calls(log.calls())).build());
      case "/settings" -> HttpIo.writeJson(response, 200, ok().add("settings", ControlJson.settings(settings))
          .build());
      case "/users" -> users(request, response);
      default -> HttpIo.writeJson(response, 404, failure("unknown_control " + path));
    }
  }

  private void users(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String email = request.getParameter("email");
    if (email == null) {
      JsonArrayBuilder all = JSON.createArrayBuilder();
      world.apply(state -> {
        state.directory().people().forEach(p -> all.add(ControlJson.person(p)));
        return null;
      });
      HttpIo.writeJson(response, 200, ok().add("users", all).build());
      return;
    }
    JsonObject found = world.apply(state -> state.directory().personByEmail(email).map(ControlJson::person)
        .orElse(null));
    HttpIo.writeJson(response, found == null ? 404 : 200,
        found == null ? failure("user_not_found") : ok().add("user", found).build());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      JsonObject body = HttpIo.jsonObject(HttpIo.body(request));
      HttpIo.writeJson(response, 200, perform(String.valueOf(request.getPathInfo()),
          body == null ? JsonObject.EMPTY_JSON_OBJECT : body));
    } catch (NoSuchElementException e) {
      HttpIo.writeJson(response, 404, failure(e.getMessage()));
    } catch (IllegalArgumentException | JsonException | ClassCastException | NullPointerException e) {
      HttpIo.writeJson(response, 400, failure(String.valueOf(e.getMessage())));
    }
  }

  private JsonObject perform(String path, JsonObject body) {
    switch (path) {
      case "/reset" -> control.reset(body.containsKey("seedUsers") ? body.getInt("seedUsers") : null);
      case "/role" -> control.setRole(user(body),
          body.containsKey("role") ? WorkspaceRole.parse(body.getString("role")) : null,
          body.containsKey("orgRole") ? OrgRole.parse(body.getString("orgRole")) : null);
      case "/plan" -> control.setPlan(body.getString("team"), Plan.fromSlackName(body.getString("plan")));
      case "/revoke" -> {
        return ok().add("revoked", control.revokeTokens(user(body))).build();
      }
      case "/active" -> control.setActive(user(body), body.getBoolean("active"));
      case "/faults" -> control.planFault(body.getString("method"),
          new Fault(Fault.Kind.parse(body.getString("kind")), body.getInt("retryAfter", 30),
              body.getInt("delayMs", 3000)),
          body.getInt("count", 1));
      case "/faults/clear" -> faults.clear();
      case "/settings" -> {
        if (body.containsKey("tokenRotation")) {
          settings.setTokenRotation(body.getBoolean("tokenRotation"));
        }
        if (body.containsKey("tokenLifetimeSeconds")) {
          settings.setTokenLifetimeSeconds(body.getJsonNumber("tokenLifetimeSeconds").longValue());
        }
        if (body.containsKey("rateLimits")) {
          settings.setRateLimits(body.getBoolean("rateLimits"));
        }
        if (body.containsKey("rateLimitTimeScale")) {
          settings.setRateLimitTimeScale(body.getJsonNumber("rateLimitTimeScale").doubleValue());
        }
        return ok().add("settings", ControlJson.settings(settings)).build();
      }
      case "/calls/clear" -> log.clear();
      default -> throw new NoSuchElementException("unknown_control " + path);
    }
    return ok().build();
  }

  /** A person named by {@code user} (an id) or {@code email}. */
  private String user(JsonObject body) {
    String named = body.getString("user", body.getString("email", null));
    String id = control.resolveUserId(named);
    world.apply(state -> state.directory().person(id)).orElseThrow(() -> new NoSuchElementException(
        "user_not_found " + id));
    return id;
  }

  private static JsonObjectBuilder ok() {
    return JSON.createObjectBuilder().add("ok", true);
  }

  private static JsonObject failure(String error) {
    return JSON.createObjectBuilder().add("ok", false).add("error", error).build();
  }

}
