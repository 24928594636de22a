package com.slackadmin.connections.card.control;

import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.slack.control.ScimGateway;
import com.slackadmin.connections.slack.entity.ScimAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An account named by its email where a card takes a user: the one way card runs and bulk runs find it. Slack's
 * SCIM API is asked with a filter on the email, which finds deactivated accounts too (Activate User acts on
 * them); a bulk run asks its roster first. Whatever found the account, the rules then run on it as on an id.
 */
@ApplicationScoped
public class UserTargets {

  /** The input that names the account a card acts on. */
  public static final String USER_ID = "userId";

  @Inject
  ScimGateway scim;

  /** The id of the account with this email, as Slack's SCIM API finds it (compared without case, as Slack does). */
  public Optional<String> idOf(ScimAccess access, String email) {
    JsonObject page = scim.searchUsers(access, "email eq " + CardActions.quoted(email), 1, 2);
    JsonValue resources = page.get("Resources");
    if (!(resources instanceof jakarta.json.JsonArray found) || found.isEmpty()) {
      return Optional.empty();
    }
    // two accounts never share an email in one organisation; an active one counts before a deactivated one
    return found.stream().map(JsonValue::asJsonObject)
        .sorted((a, b) -> Boolean.compare(b.getBoolean("active", true), a.getBoolean("active", true)))
        .map(user -> user.getString("id", null)).filter(id -> id != null).findFirst();
  }

  /**
   * The inputs with an email given as the user replaced by the account's id; unchanged when the user is an id.
   *
   * @param idOfEmail finds an account's id by its email
   * @param organisation the connection's Slack organisation or workspace, to say where no one was found
   * @throws UseRefusal {@code validation_failed} on the user input when no account has the email
   */
  public static Map<String, String> resolve(Map<String, String> inputs, Function<String, Optional<String>> idOfEmail,
      String organisation) {
    String given = inputs.get(USER_ID);
    if (!CardInputs.isEmail(given)) {
      return inputs;
    }
    String id = idOfEmail.apply(given).orElseThrow(() -> notFound(given, organisation));
    Map<String, String> resolved = new LinkedHashMap<>(inputs);
    resolved.put(USER_ID, id);
    return resolved;
  }

  /** Why an email finds no one, in the words every caller shows. */
  public static UseRefusal notFound(String email, String organisation) {
    String message = notFoundMessage(email, organisation);
    return UseRefusal.invalid(message, Map.of(USER_ID, message));
  }

  public static String notFoundMessage(String email, String organisation) {
    return "No Slack account in " + (organisation == null ? "this organisation" : organisation)
        + " has the email " + email + ".";
  }
}
