package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * A SCIM user's writable attributes while a create, PUT or PATCH is checked; written to the person only when
 * the whole request is valid, so a refused request changes nothing.
 */
final class UserDraft {

  String userName;
  String givenName = "";
  String familyName = "";
  String displayName;
  String title = "";
  String email;
  boolean active = true;

  static UserDraft of(Person p) {
    UserDraft draft = new UserDraft();
    draft.userName = p.getUserName();
    draft.givenName = p.getGivenName();
    draft.familyName = p.getFamilyName();
    draft.displayName = p.getDisplayName();
    draft.title = p.getTitle();
    draft.email = p.getEmail();
    draft.active = p.isActive();
    return draft;
  }

  /** A full resource, as POST and PUT send it. */
  static UserDraft fromResource(JsonObject body) {
    UserDraft draft = new UserDraft();
    draft.set("userName", body.get("userName"));
    draft.set("name", body.get("name"));
    draft.set("displayName", body.get("displayName"));
    draft.set("title", body.get("title"));
    draft.set("emails", body.get("emails"));
    draft.set("active", body.get("active"));
    draft.validate();
    return draft;
  }

  /** Sets one attribute by its SCIM path; null (absent) values leave it as it is. */
  void set(String path, JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    switch (path.toLowerCase(Locale.ROOT)) {
      case "username" -> userName = text(value);
      case "displayname" -> displayName = text(value);
      case "title" -> title = text(value);
      case "nickname", "externalid", "profileurl", "timezone", "schemas", "photos", "id", "meta" -> {}
      case "name.givenname" -> givenName = text(value);
      case "name.familyname" -> familyName = text(value);
      case "name" -> value.asJsonObject().forEach((key, part) -> set("name." + key, part));
      case "active" -> active = value.getValueType() == JsonValue.ValueType.STRING
          ? Boolean.parseBoolean(text(value)) : value == JsonValue.TRUE;
      case "emails" -> email = primaryEmail(value.asJsonArray());
      default -> {
        if (path.toLowerCase(Locale.ROOT).startsWith("emails[")) {
          email = text(value);
        } else {
          throw ScimError.badRequest("invalid_path: " + path + " cannot be changed");
        }
      }
    }
  }

  void validate() {
    if (userName == null || userName.isBlank()) {
      throw ScimError.badRequest("missing_username: userName is required");
    }
    if (email == null || !email.contains("@")) {
      throw ScimError.badRequest("missing_email: a work email is required");
    }
    if (displayName == null || displayName.isBlank()) {
      displayName = givenName.isBlank() ? userName : givenName;
    }
  }

  void applyTo(Person p) {
    p.setUserName(userName);
    p.setGivenName(givenName);
    p.setFamilyName(familyName);
    p.setDisplayName(displayName);
    p.setTitle(title);
    p.setEmail(email);
    p.setActive(active);
  }

  private static String primaryEmail(JsonArray emails) {
    String first = null;
    for (JsonValue entry : emails) {
      JsonObject email = entry.asJsonObject();
      String value = email.getString("value", null);
      if (email.getBoolean("primary", false)) {
        return value;
      }
      first = first == null ? value : first;
    }
    return first;
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.getString().trim();
    }
    throw ScimError.badRequest("invalid_value: expected a string, got " + value);
  }
}
