package com.slackadmin.connections.card.control;

import com.slackadmin.connections.card.entity.CardResult.OutputTable;
import com.slackadmin.connections.slack.control.ScimGateway;
import com.slackadmin.connections.slack.entity.ScimAccess;
import com.slackadmin.connections.slack.entity.ScimAnswer;
import com.slackadmin.connections.slack.entity.ScimUserFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * What each card sends to Slack's SCIM API once the rules have let it run, and its typed output. Called
 * only by runners that have checked the inputs, the connection and the hierarchy: {@link CardRunner}, and the
 * bulk runs' worker.
 */
@ApplicationScoped
public class CardActions {

  static final int DEFAULT_COUNT = 100;

  @Inject
  ScimGateway scim;

  /** The outcome of one run, before the runner adds timing. */
  public record Done(JsonObject output, JsonValue scim, OutputTable table) {}

  public Done run(CardPlan plan, ScimAccess access) {
    Map<String, String> in = plan.inputs();
    return switch (plan.card()) {
      case SEARCH_USERS -> usersPage(scim.searchUsers(access, userFilter(in), start(in), count(in)));
      case SEARCH_GROUPS -> groupsPage(scim.searchGroups(access, in.containsKey("displayName")
          ? "displayName eq " + quoted(in.get("displayName")) : null, start(in), count(in)));
      case READ_USER -> user(scim.readUser(access, in.get("userId")));
      case CREATE_USER -> user(scim.createUser(access, fields(in)));
      case UPDATE_USER -> user(scim.updateUser(access, in.get("userId"), fields(in)));
      case ACTIVATE_USER -> user(scim.activateUser(access, in.get("userId")));
      case DEACTIVATE_USER -> deactivate(access, in.get("userId"));
      case READ_GROUP -> group(scim.readGroup(access, in.get("groupId")));
      case ADD_USER_TO_GROUP -> group(scim.addToGroup(access, in.get("groupId"), in.get("userId")));
      case REMOVE_USER_FROM_GROUP -> group(scim.removeFromGroup(access, in.get("groupId"), in.get("userId")));
      case CUSTOM_API_ACTION -> custom(scim.custom(access, plan.customRequest()));
    };
  }

  private Done deactivate(ScimAccess access, String userId) {
    scim.deactivateUser(access, userId);
    JsonObject output = CardOutputs.builder().add("id", userId).add("active", false).build();
    return new Done(output, JsonValue.NULL, CardOutputs.attributes(output));
  }

  private static Done user(JsonObject resource) {
    JsonObject user = CardOutputs.user(resource);
    return new Done(CardOutputs.builder().add("user", user).build(), resource, CardOutputs.userTable(List.of(user)));
  }

  private static Done group(JsonObject resource) {
    JsonObject group = CardOutputs.group(resource);
    return new Done(CardOutputs.builder().add("group", group).build(), resource,
        CardOutputs.groupTable(List.of(group)));
  }

  private static Done usersPage(JsonObject list) {
    JsonObject page = CardOutputs.page(list, "users", true);
    return new Done(page, list, CardOutputs.userTable(CardOutputs.objects(page.getJsonArray("users"))));
  }

  private static Done groupsPage(JsonObject list) {
    JsonObject page = CardOutputs.page(list, "groups", false);
    return new Done(page, list, CardOutputs.groupTable(CardOutputs.objects(page.getJsonArray("groups"))));
  }

  private static Done custom(ScimAnswer answer) {
    JsonObject output = CardOutputs.builder().add("status", answer.status()).add("body", answer.body()).build();
    OutputTable table = answer.body() instanceof JsonObject body ? CardOutputs.attributes(body)
        : CardOutputs.attributes(CardOutputs.builder().add("status", answer.status()).build());
    return new Done(output, answer.body(), table);
  }

  private static String userFilter(Map<String, String> in) {
    if (in.containsKey("email")) {
      return "email eq " + quoted(in.get("email"));
    }
    return in.containsKey("userName") ? "userName eq " + quoted(in.get("userName")) : null;
  }

  /** A SCIM filter string literal: quotes and backslashes escaped, so an input cannot extend the filter. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int start(Map<String, String> in) {
    return Integer.parseInt(in.getOrDefault("startIndex", "1"));
  }

  private static int count(Map<String, String> in) {
    return Integer.parseInt(in.getOrDefault("count", String.valueOf(DEFAULT_COUNT)));
  }

  private static ScimUserFields fields(Map<String, String> in) {
    return new ScimUserFields(in.get("userName"), in.get("email"), in.get("givenName"), in.get("familyName"),
        in.get("displayName"), in.get("title"));
  }
}
