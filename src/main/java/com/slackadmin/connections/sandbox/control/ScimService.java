package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.function.Function;

/**
 * Routes one SCIM request to {@code /Users} or {@code /Groups} under the world's lock, after Slack's checks
 * on the caller. Answers the status and body; refusals come back as SCIM error messages.
 */
@ApplicationScoped
public class ScimService {

  /** The answer to a SCIM request: status and body (null for 204). */
  public record ScimAnswer(int status, JsonObject body) {}

  /** One SCIM request as the boundary read it. {@code base} is the absolute SCIM prefix for locations. */
  public record ScimRequest(String method, String resource, String id, Map<String, String> query,
      JsonObject body, String token, String base) {}

  @Inject
  SandboxWorld world;

  public ScimAnswer handle(ScimRequest request) {
    Function<State, ScimAnswer> work = state -> {
      try {
        ScimCaller caller = ScimCaller.check(state, request.token());
        var now = world.clock().instant();
        ScimUsers users = new ScimUsers(state, caller, request.base(), now);
        if ("Users".equals(request.resource())) {
          return users(users, request);
        }
        if ("Groups".equals(request.resource())) {
          return groups(new ScimGroups(state, caller, users, request.base(), now), request);
        }
        throw ScimError.notFound("Resource " + request.resource());
      } catch (ScimError error) {
        return new ScimAnswer(error.status(), error.body());
      }
    };
    return "GET".equals(request.method()) ? world.apply(work) : world.change(work);
  }

  private static ScimAnswer users(ScimUsers users, ScimRequest r) {
    return switch (r.method() + (r.id() == null ? "" : " id")) {
      case "GET" -> ok(users.list(r.query()));
      case "GET id" -> ok(users.read(r.id()));
      case "POST" -> new ScimAnswer(201, users.create(body(r)));
      case "PUT id" -> ok(users.replace(r.id(), body(r)));
      case "PATCH id" -> ok(users.patch(r.id(), body(r)));
      case "DELETE id" -> {
        users.deactivate(r.id());
        yield new ScimAnswer(204, null);
      }
      default -> throw new ScimError(405, "method_not_allowed: " + r.method());
    };
  }

  private static ScimAnswer groups(ScimGroups groups, ScimRequest r) {
    return switch (r.method() + (r.id() == null ? "" : " id")) {
      case "GET" -> ok(groups.list(r.query()));
      case "GET id" -> ok(groups.read(r.id()));
      case "POST" -> new ScimAnswer(201, groups.create(body(r)));
      case "PATCH id" -> ok(groups.patch(r.id(), body(r)));
      case "DELETE id" -> {
        groups.delete(r.id());
        yield new ScimAnswer(204, null);
      }
      default -> throw new ScimError(405, "method_not_allowed: " + r.method());
    };
  }

  private static ScimAnswer ok(JsonObject body) {
    return new ScimAnswer(200, body);
  }

  private static JsonObject body(ScimRequest r) {
    if (r.body() == null) {
      throw ScimError.badRequest("invalid_syntax: a JSON body is required");
    }
    return r.body();
  }
}
