package com.slackadmin.connections.card.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.card.entity.CardResult.OutputTable;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The cards' typed outputs, read from Slack's SCIM resources: a user is {@code {id, userName, displayName,
 * email, givenName, familyName, title, active, groups}}, a group {@code {id, displayName, members}}, a page
 * {@code {totalResults, startIndex, itemsPerPage, users|groups}}. Also the same as a table for the console.
 */
final class CardOutputs {

  static final List<String> USER_COLUMNS = List.of("ID", "Username", "Display name", "Email", "Active", "Title");
  static final List<String> GROUP_COLUMNS = List.of("ID", "Name", "Members");

  private CardOutputs() {}

  static JsonObject user(JsonObject scim) {
    JsonObject name = object(scim, "name");
    JsonArrayBuilder groups = JSON.createArrayBuilder();
    array(scim, "groups").forEach(g -> groups.add(text(g.asJsonObject(), "value")));
    return JSON.createObjectBuilder().add("id", text(scim, "id")).add("userName", text(scim, "userName"))
        .add("displayName", text(scim, "displayName")).add("email", primaryEmail(scim))
        .add("givenName", text(name, "givenName")).add("familyName", text(name, "familyName"))
        .add("title", text(scim, "title")).add("active", scim.getBoolean("active", true)).add("groups", groups)
        .build();
  }

  static JsonObject group(JsonObject scim) {
    JsonArrayBuilder members = JSON.createArrayBuilder();
    array(scim, "members").forEach(m -> members.add(JSON.createObjectBuilder()
        .add("id", text(m.asJsonObject(), "value")).add("display", text(m.asJsonObject(), "display"))));
    return JSON.createObjectBuilder().add("id", text(scim, "id")).add("displayName", text(scim, "displayName"))
        .add("members", members).build();
  }

  static JsonObject page(JsonObject scim, String itemsName, boolean users) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    array(scim, "Resources").forEach(r -> items.add(users ? user(r.asJsonObject()) : group(r.asJsonObject())));
    return JSON.createObjectBuilder().add("totalResults", number(scim, "totalResults"))
        .add("startIndex", number(scim, "startIndex")).add("itemsPerPage", number(scim, "itemsPerPage"))
        .add(itemsName, items).build();
  }

  static OutputTable userTable(List<JsonObject> users) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonObject u : users) {
      rows.add(List.of(u.getString("id"), u.getString("userName"), u.getString("displayName"), u.getString("email"),
          u.getBoolean("active") ? "yes" : "no", u.getString("title")));
    }
    return new OutputTable(USER_COLUMNS, rows);
  }

  static OutputTable groupTable(List<JsonObject> groups) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonObject g : groups) {
      List<String> members = g.getJsonArray("members").stream()
          .map(m -> m.asJsonObject().getString("display") + " (" + m.asJsonObject().getString("id") + ")").toList();
      rows.add(List.of(g.getString("id"), g.getString("displayName"), String.join(", ", members)));
    }
    return new OutputTable(GROUP_COLUMNS, rows);
  }

  /** Any JSON object as attribute/value rows: its top-level values, nested ones as compact JSON. */
  static OutputTable attributes(JsonObject object) {
    List<List<String>> rows = new ArrayList<>();
    object.forEach((key, value) -> rows.add(List.of(key, value instanceof JsonString s ? s.getString()
        : value.toString())));
    return new OutputTable(List.of("Attribute", "Value"), rows);
  }

  static List<JsonObject> objects(JsonArray array) {
    return array.stream().map(JsonValue::asJsonObject).toList();
  }

  static JsonObjectBuilder builder() {
    return JSON.createObjectBuilder();
  }

  private static String primaryEmail(JsonObject scim) {
    String first = "";
    for (JsonValue entry : array(scim, "emails")) {
      JsonObject email = entry.asJsonObject();
      if (email.getBoolean("primary", false)) {
        return text(email, "value");
      }
      first = first.isEmpty() ? text(email, "value") : first;
    }
    return first;
  }

  private static JsonObject object(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static JsonArray array(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    return value instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
  }

  private static String text(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    return value instanceof JsonString s ? s.getString() : "";
  }

  private static int number(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    return value instanceof JsonNumber n ? n.intValue() : 0;
  }
}
