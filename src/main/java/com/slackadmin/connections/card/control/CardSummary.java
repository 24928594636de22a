package com.slackadmin.connections.card.control;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A card's result in one sentence for people, shown above the table and the JSON: "Deactivated Ann Lee
 * (ann@acme.example) in Acme Corp". Built from the card's typed output and, for an account the card changed
 * without Slack describing it in its answer, the account as the hierarchy rule read it. Pure.
 */
public final class CardSummary {

  private CardSummary() {}

  /**
   * @param output the card's typed output
   * @param accounts the changed accounts as read for the hierarchy rule, by id (may be empty)
   * @param organisation the connection's Slack organisation or workspace
   */
  public static String of(Card card, Map<String, String> inputs, JsonObject output,
      Map<String, SlackIdentity> accounts, String organisation) {
    String in = " in " + organisation;
    return switch (card) {
      case SEARCH_USERS -> found(output, "users", "user");
      case SEARCH_GROUPS -> found(output, "groups", "group");
      case READ_USER -> {
        JsonObject user = output.getJsonObject("user");
        yield who(user) + in + (user.getBoolean("active", true) ? ", active." : ", deactivated.");
      }
      case CREATE_USER -> "Created " + who(output.getJsonObject("user")) + in + ".";
      case UPDATE_USER -> "Updated " + who(output.getJsonObject("user")) + in + ".";
      case ACTIVATE_USER -> "Activated " + who(output.getJsonObject("user")) + in + ".";
      case DEACTIVATE_USER -> "Deactivated " + who(accounts.get(inputs.get(UserTargets.USER_ID)),
          inputs.get(UserTargets.USER_ID)) + in + ".";
      case READ_GROUP -> {
        JsonObject group = output.getJsonObject("group");
        yield "Group " + group.getString("displayName", "") + in + ": " + members(group) + ".";
      }
      case ADD_USER_TO_GROUP -> "Added " + who(accounts.get(inputs.get(UserTargets.USER_ID)),
          inputs.get(UserTargets.USER_ID)) + " to the group " + groupName(output) + in + ".";
      case REMOVE_USER_FROM_GROUP -> "Removed " + who(accounts.get(inputs.get(UserTargets.USER_ID)),
          inputs.get(UserTargets.USER_ID)) + " from the group " + groupName(output) + in + ".";
      case CUSTOM_API_ACTION -> "Slack answered with status " + output.getInt("status", 0)
          + (output.get("body") == null || output.get("body") == JsonValue.NULL ? " and no content." : ".");
    };
  }

  private static String found(JsonObject page, String items, String one) {
    int total = page.getInt("totalResults", 0);
    int shown = page.getJsonArray(items).size();
    String count = total + " " + (total == 1 ? one : one + "s");
    return total == 0 ? "Found no " + one + "s." : shown == total ? "Found " + count + "."
        : "Found " + count + "; " + shown + " shown from number " + page.getInt("startIndex", 1) + ".";
  }

  /** "Ann Lee (ann@acme.example)" for a user of a card's output. */
  private static String who(JsonObject user) {
    String email = user.getString("email", "");
    return nameOf(user) + (email.isBlank() ? "" : " (" + email + ")");
  }

  /**
   * A user's name as people know it: given and family name (as Slack's own full name), else the display name,
   * the username or the id.
   */
  public static String nameOf(JsonObject user) {
    String full = (user.getString("givenName", "") + " " + user.getString("familyName", "")).strip();
    for (String name : new String[] {full, user.getString("displayName", ""), user.getString("userName", "")}) {
      if (!name.isBlank()) {
        return name;
      }
    }
    return user.getString("id", "");
  }

  private static String who(SlackIdentity account, String userId) {
    if (account == null) {
      return "the account " + userId;
    }
    String name = account.name() == null || account.name().isBlank() ? userId : account.name();
    return name + (account.email() == null || account.email().isBlank() ? "" : " (" + account.email() + ")");
  }

  private static String groupName(JsonObject output) {
    return output.getJsonObject("group").getString("displayName", "");
  }

  private static String members(JsonObject group) {
    JsonArray members = group.getJsonArray("members");
    return members.size() == 1 ? "1 member" : members.size() + " members";
  }
}
