package com.slackadmin.connections.card.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.slack.entity.ScimRequest;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hierarchy rule of DESIGN section 2, whole: a use that changes an account (update, deactivate, activate,
 * group membership of that user, a custom SCIM call that writes to {@code /Users/{id}} or a group's members)
 * may run only if the target ranks the same as or below the connection's account now: Primary Owner > Owner >
 * Admin > Member > Guest. Reads are not limited. Pure: which accounts a run changes, how a target ranks, and
 * whether the connection may change it.
 */
public final class HierarchyRule {

  private static final Pattern RESOURCE = Pattern.compile("/(Users|Groups)(?:/([A-Za-z0-9_-]{1,64}))?");
  private static final Pattern MEMBER_PATH = Pattern.compile("members\\[value eq \"([^\"]+)\"\\]",
      Pattern.CASE_INSENSITIVE);

  private HierarchyRule() {}

  /**
   * The accounts a card run with these (valid) inputs changes, whose rank the rule checks: none for a read
   * or for creating a new account.
   *
   * @param custom the checked request of a Custom API Action, null for the other cards
   */
  public static Set<String> changedUsers(Card card, Map<String, String> inputs, ScimRequest custom) {
    return switch (card) {
      case SEARCH_USERS, SEARCH_GROUPS, READ_USER, READ_GROUP, CREATE_USER -> Set.of();
      case UPDATE_USER, DEACTIVATE_USER, ACTIVATE_USER, ADD_USER_TO_GROUP, REMOVE_USER_FROM_GROUP ->
        Set.of(inputs.get("userId"));
      case CUSTOM_API_ACTION -> changedUsers(custom);
    };
  }

  /** The accounts a SCIM request writes to: {@code /Users/{id}}, and the members a group request names. */
  static Set<String> changedUsers(ScimRequest request) {
    Set<String> changed = new LinkedHashSet<>();
    Matcher resource = RESOURCE.matcher(request.path());
    if ("GET".equals(request.method()) || !resource.matches()) {
      return changed;
    }
    if ("Users".equals(resource.group(1)) && resource.group(2) != null) {
      changed.add(resource.group(2));
    }
    if ("Groups".equals(resource.group(1)) && request.body() != null) {
      collectMembers(parse(request.body()), changed);
    }
    return changed;
  }

  /**
   * The target's rank as the rule counts it. On an org-wide Grid connection an account may hold a higher
   * role in one workspace than in the org; the higher of the two counts, so that no workspace Owner can be
   * changed by an org Admin.
   */
  public static SlackRole targetRank(SlackIdentity target, boolean orgWide) {
    SlackRole workspace = target.workspaceRole() == null ? SlackRole.MEMBER : target.workspaceRole();
    if (!orgWide || target.orgRole() == null) {
      return workspace;
    }
    return target.orgRole().ordinal() < workspace.ordinal() ? target.orgRole() : workspace;
  }

  /** True when a connection acting as {@code connection} may change an account ranking {@code target}. */
  public static boolean mayChange(SlackRole connection, SlackRole target) {
    return target.ordinal() >= connection.ordinal();
  }

  /** Why the connection may not change the target, or empty when it may. */
  public static Optional<String> refusal(SlackRole connection, SlackRole target) {
    if (mayChange(connection, target)) {
      return Optional.empty();
    }
    return Optional.of("This connection acts as " + article(connection) + "; the target is " + article(target)
        + ". " + capitalised(article(connection)) + " connection cannot change " + article(target) + ".");
  }

  private static JsonValue parse(String body) {
    try {
      return JSON.createReader(new StringReader(body)).readValue();
    } catch (JsonException notJson) {
      return JsonValue.NULL; // the input check refused it already; nothing to collect
    }
  }

  /** Every account a group request adds or removes: {@code members} lists and {@code members[value eq "X"]}. */
  private static void collectMembers(JsonValue value, Set<String> into) {
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(item -> collectMembers(item, into));
    } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject object = value.asJsonObject();
      object.forEach((key, item) -> {
        if (key.equalsIgnoreCase("members") && item.getValueType() == JsonValue.ValueType.ARRAY) {
          item.asJsonArray().stream().filter(m -> m.getValueType() == JsonValue.ValueType.OBJECT)
              .map(m -> m.asJsonObject().get("value")).filter(v -> v instanceof JsonString)
              .forEach(v -> into.add(((JsonString) v).getString()));
        } else if (key.equalsIgnoreCase("path") && item instanceof JsonString text) {
          Matcher member = MEMBER_PATH.matcher(text.getString());
          if (member.find()) {
            into.add(member.group(1));
          }
          if (text.getString().equalsIgnoreCase("members") && object.get("value") != null) {
            collectMembers(JSON.createObjectBuilder().add("members", membersArray(object.get("value"))).build(),
                into);
          }
        } else {
          collectMembers(item, into);
        }
      });
    }
  }

  private static JsonValue membersArray(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.ARRAY ? value : JSON.createArrayBuilder().add(value).build();
  }

  private static String article(SlackRole role) {
    String label = role.label();
    return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
