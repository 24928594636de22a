package com.slackadmin.connections.card.entity;

import static com.slackadmin.connections.card.entity.CardInput.Type.EMAIL;
import static com.slackadmin.connections.card.entity.CardInput.Type.MULTILINE;
import static com.slackadmin.connections.card.entity.CardInput.Type.NUMBER;
import static com.slackadmin.connections.card.entity.CardInput.Type.SLACK_ID;
import static com.slackadmin.connections.card.entity.CardInput.Type.TEXT;
import static com.slackadmin.connections.card.entity.CardInput.Type.USER;
import static com.slackadmin.connections.card.entity.CardInput.choice;
import static com.slackadmin.connections.card.entity.CardInput.optional;
import static com.slackadmin.connections.card.entity.CardInput.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of Slack Admin action cards: each card's name (as in URLs and the JSON API), title, what it
 * does, and its inputs. Whether a card changes an account decides whether the hierarchy rule applies.
 */
public enum Card {
  SEARCH_USERS("search-users", "Search Users", "Find users by email or by username, a page at a time; "
      + "with neither, lists every user the connection sees.", false,
      List.of(
          optional("email", "Email", EMAIL, "the user's work email"),
          optional("userName", "Username", TEXT, "the Slack username (not both email and username)"),
          optional("startIndex", "Start at", NUMBER, "1 for the first page"),
          optional("count", "Page size", NUMBER, "1 to 1000; 100 when empty"))),
  READ_USER("read-user", "Read User", "Shows one user's SCIM record.", false, List.of(userId())),
  CREATE_USER("create-user", "Create User", "Creates (provisions) a user.", false, List.of(
      required("userName", "Username", TEXT, "unique in the workspace or organisation"),
      required("email", "Email", EMAIL, "the work email, unique too"),
      optional("givenName", "Given name", TEXT, null),
      optional("familyName", "Family name", TEXT, null),
      optional("displayName", "Display name", TEXT, null),
      optional("title", "Title", TEXT, null))),
  UPDATE_USER("update-user", "Update User", "Changes the attributes given; empty ones stay as they are.", true,
      List.of(userId(),
          optional("userName", "Username", TEXT, null),
          optional("email", "Email", EMAIL, null),
          optional("givenName", "Given name", TEXT, null),
          optional("familyName", "Family name", TEXT, null),
          optional("displayName", "Display name", TEXT, null),
          optional("title", "Title", TEXT, null))),
  DEACTIVATE_USER("deactivate-user", "Deactivate User", "Deactivates the user (Slack never deletes through SCIM).",
      true, List.of(userId())),
  ACTIVATE_USER("activate-user", "Activate User", "Reactivates a deactivated user.", true, List.of(userId())),
  SEARCH_GROUPS("search-groups", "Search Groups", "Finds groups by display name, a page at a time; with no name, "
      + "lists every group the connection sees.", false,
      List.of(
          optional("displayName", "Group name", TEXT, "the group's display name"),
          optional("startIndex", "Start at", NUMBER, "1 for the first page"),
          optional("count", "Page size", NUMBER, "1 to 1000; 100 when empty"))),
  READ_GROUP("read-group", "Read Group", "Shows one group and its members.", false, List.of(groupId())),
  ADD_USER_TO_GROUP("add-user-to-group", "Add User to Group", "Adds the user to the group.", true,
      List.of(groupId(), userId())),
  REMOVE_USER_FROM_GROUP("remove-user-from-group", "Remove User from Group", "Removes the user from the group.",
      true, List.of(groupId(), userId())),
  CUSTOM_API_ACTION("custom-api-action", "Custom API Action", "Any SCIM request, relative to Slack's SCIM base "
      + "(/Users..., /Groups...). The connection's token is added for you and never shown.", false,
      List.of(
          choice("method", "Method", null, List.of("GET", "POST", "PUT", "PATCH", "DELETE")),
          required("path", "Path", TEXT, "for example /Users/W0123 or /Groups"),
          optional("query", "Query", TEXT, "for example filter=userName eq \"ada\"&count=10"),
          optional("headers", "Headers", MULTILINE, "one 'Name: value' a line; not recorded"),
          optional("body", "JSON body", MULTILINE, "for POST, PUT and PATCH; not recorded")));

  private final String name;
  private final String title;
  private final String description;
  private final boolean changesAccount;
  private final List<CardInput> inputs;

  Card(String name, String title, String description, boolean changesAccount, List<CardInput> inputs) {
    this.name = name;
    this.title = title;
    this.description = description;
    this.changesAccount = changesAccount;
    this.inputs = inputs;
  }

  public static Optional<Card> named(String name) {
    return Arrays.stream(values()).filter(c -> c.name.equals(name)).findFirst();
  }

  public String getName() {
    return name;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  /** True for the cards that always change an account; the Custom API Action decides per request. */
  public boolean changesAccount() {
    return changesAccount;
  }

  public List<CardInput> getInputs() {
    return inputs;
  }

  /**
   * Whether the console asks to confirm a run first, naming the account, the organisation and whom the
   * connection acts as: for a change that is hard to take back. The JSON API runs it in one call.
   */
  public boolean asksToConfirm() {
    return this == DEACTIVATE_USER;
  }

  private static CardInput userId() {
    return required("userId", "User", USER, "the account's email, or its Slack user id (U0123ABCD, W0123ABCD)");
  }

  private static CardInput groupId() {
    return required("groupId", "Group ID", SLACK_ID, "the SCIM group id, e.g. S0123ABCD");
  }
}
