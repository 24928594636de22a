package com.slackadmin.connections.slack.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.google.gson.Gson;
import com.slack.api.scim2.SCIM2Client;
import com.slack.api.scim2.model.PatchOperation;
import com.slack.api.scim2.model.User;
import com.slack.api.scim2.request.GroupsPatchOperation;
import com.slack.api.scim2.request.UsersPatchOperation;
import com.slack.api.util.json.GsonFactory;
import com.slackadmin.connections.slack.entity.ScimAnswer;
import com.slackadmin.connections.slack.entity.ScimRequest;
import com.slackadmin.connections.slack.entity.ScimUserFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
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

  private volatile Gson gson;

  public JsonObject searchUsers(String token, String filter, int startIndex, int count) {
    return json(ScimCalls.run("GET /Users", () -> scim(token)
        .searchUsers(r -> r.filter(filter).startIndex(startIndex).count(count))));
  }

  public JsonObject readUser(String token, String userId) {
    return json(ScimCalls.run("GET /Users/{id}", () -> scim(token).readUser(r -> r.id(userId))));
  }

  public JsonObject createUser(String token, ScimUserFields fields) {
    User user = new User();
    user.setSchemas(List.of(USER_SCHEMA));
    user.setUserName(fields.userName());
    user.setDisplayName(fields.displayName());
    user.setTitle(fields.title());
    user.setName(User.Name.builder().givenName(fields.givenName()).familyName(fields.familyName()).build());
    user.setEmails(List.of(workEmail(fields.email())));
    return json(ScimCalls.run("POST /Users", () -> scim(token).createUser(r -> r.user(user))));
  }

  /** PATCH with one {@code replace} per attribute given. */
  public JsonObject updateUser(String token, String userId, ScimUserFields fields) {
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
    return json(ScimCalls.run("PATCH /Users/{id}", () -> scim(token)
        .patchUser(r -> r.id(userId).schemas(List.of(PATCH_SCHEMA)).operations(operations))));
  }

  /** Slack deactivates on {@code DELETE /Users/{id}}; it never deletes an account through SCIM. */
  public void deactivateUser(String token, String userId) {
    ScimCalls.run("DELETE /Users/{id}", () -> scim(token).deleteUser(r -> r.id(userId)));
  }

  /**
   * PATCH replace {@code active} with the JSON boolean true. The SDK's typed user operations carry only
   * strings and objects, so this one request is sent through its HTTP client with the same token handling.
   */
  public JsonObject activateUser(String token, String userId) {
    Map<String, Object> body = Map.of("schemas", List.of(PATCH_SCHEMA),
        "Operations", List.of(Map.of("op", "replace", "path", "active", "value", true)));
    ScimRequest request = new ScimRequest("PATCH", "/Users/" + userId, Map.of(), List.of(), gson().toJson(body));
    return ScimCalls.run("PATCH /Users/{id}", () -> http.send(token, request)).body().asJsonObject();
  }

  public JsonObject searchGroups(String token, String filter, int startIndex, int count) {
    return json(ScimCalls.run("GET /Groups", () -> scim(token)
        .searchGroups(r -> r.filter(filter).startIndex(startIndex).count(count))));
  }

  public JsonObject readGroup(String token, String groupId) {
    return json(ScimCalls.run("GET /Groups/{id}", () -> scim(token).readGroup(r -> r.id(groupId))));
  }

  public JsonObject addToGroup(String token, String groupId, String userId) {
    return patchMembers(token, groupId, userId, PatchOperation.Add);
  }

  public JsonObject removeFromGroup(String token, String groupId, String userId) {
    return patchMembers(token, groupId, userId, PatchOperation.Remove);
  }

  /** The Custom API Action: any request under the SCIM prefix, with the connection's token added here. */
  public ScimAnswer custom(String token, ScimRequest request) {
    return ScimCalls.run(request.method() + " " + request.path(), () -> http.send(token, request));
  }

  private JsonObject patchMembers(String token, String groupId, String userId, PatchOperation op) {
    GroupsPatchOperation operation = GroupsPatchOperation.builder().op(op).path("members")
        .memberValues(List.of(GroupsPatchOperation.Member.builder().value(userId).build())).build();
    return json(ScimCalls.run("PATCH /Groups/{id}", () -> scim(token)
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
