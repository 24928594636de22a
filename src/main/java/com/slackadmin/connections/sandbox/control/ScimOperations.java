package com.slackadmin.connections.sandbox.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The {@code Operations} of a SCIM PATCH request, with a 400 when there are none. */
final class ScimOperations {

  private ScimOperations() {}

  static List<JsonObject> of(JsonObject body) {
    JsonValue operations = body.get("Operations");
    if (operations == null || operations.getValueType() != JsonValue.ValueType.ARRAY
        || operations.asJsonArray().isEmpty()) {
      throw ScimError.badRequest("invalid_syntax: a PATCH needs a non-empty Operations array");
    }
    return operations.asJsonArray().stream().map(JsonValue::asJsonObject).toList();
  }
}
