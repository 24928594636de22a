package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.card.control.CardPlan;
import com.slackadmin.connections.slack.control.ScimGateway;
import com.slackadmin.connections.slack.entity.ScimAccess;
import com.slackadmin.connections.slack.entity.ScimRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a row's change is already made at Slack: asked for a row whose call was sent but whose answer was
 * lost (a crash, a time-out), before the row is tried again, so that no change is made twice. Reads only.
 */
@ApplicationScoped
class RowReconciler {

  @Inject
  ScimGateway scim;

  /** True when Slack shows the row's change made; false when it does not (or the card only reads). */
  boolean alreadyDone(CardPlan plan, ScimAccess access) {
    Map<String, String> in = plan.inputs();
    try {
      return switch (plan.card()) {
        case DEACTIVATE_USER -> !active(scim.readUser(access, in.get("userId")));
        case ACTIVATE_USER -> active(scim.readUser(access, in.get("userId")));
        case UPDATE_USER -> updated(scim.readUser(access, in.get("userId")), in);
        case ADD_USER_TO_GROUP -> member(scim.readGroup(access, in.get("groupId")), in.get("userId"));
        case REMOVE_USER_FROM_GROUP -> !member(scim.readGroup(access, in.get("groupId")), in.get("userId"));
        case CREATE_USER -> scim.searchUsers(access, "userName eq " + quoted(in.get("userName")), 1, 1)
            .getInt("totalResults", 0) > 0;
        default -> false;
      };
    } catch (ScimRefusal notThere) {
      return false; // trying again gets Slack's own answer for the row
    }
  }

  private static boolean active(JsonObject user) {
    return user.getBoolean("active", true);
  }

  private static boolean member(JsonObject group, String userId) {
    JsonValue members = group.get("members");
    return members != null && members.getValueType() == JsonValue.ValueType.ARRAY
        && members.asJsonArray().stream().filter(m -> m.getValueType() == JsonValue.ValueType.OBJECT)
            .anyMatch(m -> userId.equals(m.asJsonObject().getString("value", null)));
  }

  /** Every attribute the row sets has the row's value. */
  private static boolean updated(JsonObject user, Map<String, String> in) {
    JsonObject name = user.containsKey("name") && user.get("name") instanceof JsonObject n ? n
        : JsonValue.EMPTY_JSON_OBJECT;
    return same(in.get("userName"), user.getString("userName", null))
        && same(in.get("displayName"), user.getString("displayName", null))
        && same(in.get("title"), user.getString("title", null))
        && same(in.get("givenName"), name.getString("givenName", null))
        && same(in.get("familyName"), name.getString("familyName", null))
        && (in.get("email") == null || primaryEmail(user).equalsIgnoreCase(in.get("email")));
  }

  private static boolean same(String wanted, String actual) {
    return wanted == null || Objects.equals(wanted, actual);
  }

  private static String primaryEmail(JsonObject user) {
    JsonValue emails = user.get("emails");
    if (emails == null || emails.getValueType() != JsonValue.ValueType.ARRAY) {
      return "";
    }
    return emails.asJsonArray().stream().filter(e -> e.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject).sorted((a, b) -> Boolean.compare(b.getBoolean("primary", false),
            a.getBoolean("primary", false)))
        .map(e -> e.getString("value", "")).findFirst().orElse("");
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
