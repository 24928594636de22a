package com.slackadmin.connections.slack.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.google.gson.Gson;
import com.slack.api.scim2.SCIM2Client;
import com.slack.api.scim2.model.PatchOperation;
import com.slack.api.scim2.model.User;
import com.slack.api.scim2.request.GroupsPatchOperation;
import com.slack.api.scim2.request.UsersPatchOperation;
import com.slack.api.util.json.GsonFactory;
import com.slackadmin.connections.slack.entity.ScimAccess;
import com.slackadmin.connections.slack.entity.ScimAnswer;
import com.slackadmin.connections.slack.entity.ScimRequest;
import com.slackadmin.connections.slack.entity.ScimUserFields;
import com.slackadmin.connections.slack.entity.SlackException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Slack's SCIM 2.0 API through the SDK's {@link SCIM2Client}, with the request shapes Slack documents. Answers
 * come back as the JSON Slack sent (re-read from the SDK's model), failures as the exceptions of
 * {@link ScimCalls}. The token is the caller's; this class never narrows or widens what it sees: an org-wide
 * Grid token sees the organisation, a workspace token its workspace.
 */
@ApplicationScoped
public class ScimGateway {

  public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  @Inject
  SlackClients clients;

  @Inject
  ScimHttp http;

  @Inject
  SlackRateBudget budget;

  private volatile Gson gson;

  public JsonObject searchUsers(ScimAccess access, String filter, int startIndex, int count) {
    return json(call(access, "GET /Users", () -> scim(access.token())
        .searchUsers(r -> r.filter(filter).startIndex(startIndex).count(count))));
  }

  public JsonObject readUser(ScimAccess access, String userId) {
    return json(call(access, "GET /Users/{id}", () -> scim(access.token()).readUser(r -> r.id(userId))));
  }

  public JsonObject createUser(ScimAccess access, ScimUserFields fields) {
    User user = new User();
    user.setSchemas(List.of(USER_SCHEMA));
    user.setUserName(fields.userName());
    user.setDisplayName(fields.displayName());
    user.setTitle(fields.title());
    user.setName(User.Name.builder().givenName(fields.givenName()).familyName(fields.familyName()).build());
    user.setEmails(List.of(workEmail(fields.email())));
    return json(call(access, "POST /Users", () -> scim(access.token()).createUser(r -> r.user(user))));
  }

  /** PATCH with one {@code replace} per attribute given. */
  public JsonObject updateUser(ScimAccess access, String userId, ScimUserFields fields) {
    List<UsersPatchOperation> operations = new ArrayList<>();
    replace(operations, "userName", fields.userName());
    replace(operations, "displayName", fields.displayName());
    replace(operations, "title", fields.title());
    replace(operations, "name.givenName", fields.givenName());
    replace(operations, "name.familyName", fields.familyName());
    if (fields.email() != null) {
      operations.add(UsersPatchOperation.builder().op(PatchOperation.Replace).path("emails")
          .emailValues(List.of(workEmail(fields.email()))).build());
    }
    return json(call(access, "PATCH /Users/{id}", () -> scim(access.token())
        .patchUser(r -> r.id(userId).schemas(List.of(PATCH_SCHEMA)).operations(operations))));
  }

  /** Slack deactivates on {@code DELETE /Users/{id}}; it never deletes an account through SCIM. */
  public void deactivateUser(ScimAccess access, String userId) {
    call(access, "DELETE /Users/{id}", () -> scim(access.token()).deleteUser(r -> r.id(userId)));
  }

  /**
   * PATCH replace {@code active} with the JSON boolean true. The SDK's typed user operations carry only
   * strings and objects, so this one request is sent through its HTTP client with the same token handling.
   */
  public JsonObject activateUser(ScimAccess access, String userId) {
    Map<String, Object> body = Map.of("schemas", List.of(PATCH_SCHEMA),
        "Operations", List.of(Map.of("op", "replace", "path", "active", "value", true)));
    ScimRequest request = new ScimRequest("PATCH", "/Users/" + userId, Map.of(), List.of(), gson().toJson(body));
    return call(access, "PATCH /Users/{id}", () -> http.send(access.token(), request)).body().asJsonObject();
  }

  public JsonObject searchGroups(ScimAccess access, String filter, int startIndex, int count) {
    return json(call(access, "GET /Groups", () -> scim(access.token())
        .searchGroups(r -> r.filter(filter).startIndex(startIndex).count(count))));
  }

  public JsonObject readGroup(ScimAccess access, String groupId) {
    return json(call(access, "GET /Groups/{id}", () -> scim(access.token()).readGroup(r -> r.id(groupId))));
  }

  public JsonObject addToGroup(ScimAccess access, String groupId, String userId) {
    return patchMembers(access, groupId, userId, PatchOperation.Add);
  }

  public JsonObject removeFromGroup(ScimAccess access, String groupId, String userId) {
    return patchMembers(access, groupId, userId, PatchOperation.Remove);
  }

  /** The Custom API Action: any request under the SCIM prefix, with the connection's token added here. */
  public ScimAnswer custom(ScimAccess access, ScimRequest request) {
    return call(access, request.method() + " " + request.path(), () -> http.send(access.token(), request));
  }

  private JsonObject patchMembers(ScimAccess access, String groupId, String userId, PatchOperation op) {
    GroupsPatchOperation operation = GroupsPatchOperation.builder().op(op).path("members")
        .memberValues(List.of(GroupsPatchOperation.Member.builder().value(userId).build())).build();
    return json(call(access, "PATCH /Groups/{id}", () -> scim(access.token())
        .patchGroup(r -> r.id(groupId).schemas(List.of(PATCH_SCHEMA)).operations(List.of(operation)))));
  }

  private static void replace(List<UsersPatchOperation> operations, String path, String value) {
    if (value != null) {
      operations.add(UsersPatchOperation.builder().op(PatchOperation.Replace).path(path).stringValue(value).build());
    }
  }

  private static User.Email workEmail(String email) {
    return User.Email.builder().value(email).type("work").primary(true).build();
  }

  /**
   * One call within the org's rate budget: waits for it as long as the caller can, and tells it of every 429
   * Slack answers, so that the org's other calls slow down too.
   *
   * @param what the HTTP method and path as the messages name it ({@code PATCH /Users/{id}})
   */
  private <T> T call(ScimAccess access, String what, ScimCalls.Call<T> call) {
    String method = what.substring(0, what.indexOf(' '));
    String path = what.substring(what.indexOf(' ') + 1);
    if (!budget.take(access.org(), method, path, access.patience())) {
      throw new SlackException("ratelimited", "Slack's rate limit for SCIM " + what + " is used up for now by "
          + "this organisation's other calls; try again in a minute.", 60);
    }
    return ScimCalls.run(what, call, retryAfter -> budget.slowDown(access.org(), Duration.ofSeconds(retryAfter)));
  }

  private SCIM2Client scim(String token) {
    return clients.slack().scim2(token);
  }

  /** One for the process: a new Gson learns every SDK model's fields again by reflection. */
  private Gson gson() {
    Gson made = gson;
    if (made == null) {
      made = GsonFactory.createCamelCase(clients.slack().getConfig());
      gson = made;
    }
    return made;
  }

  /** The SDK's model back as JSON, so that callers see Slack's attribute names, not SDK types. */
  private JsonObject json(Object model) {
    if (model == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    return JSON.createReader(new StringReader(gson().toJson(model))).readObject();
  }
}
