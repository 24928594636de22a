package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.card.entity.Card;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A card's inputs as a script sends them (a JSON object) turned into the form the runner checks. Scalars
 * become text; for the Custom API Action, {@code query} and {@code headers} may be objects and {@code body}
 * an object, as scripts naturally write them.
 */
final class CardInputsJson {

  private CardInputsJson() {}

  static String names() {
    return Arrays.stream(Card.values()).map(Card::getName).collect(Collectors.joining(", "));
  }

  static Map<String, String> toInputs(JsonObject inputs) {
    Map<String, String> values = new LinkedHashMap<>();
    inputs.forEach((name, value) -> values.put(name, text(name, value)));
    return values;
  }

  private static String text(String name, JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).toString();
      case TRUE, FALSE -> value.toString();
      case NULL -> null;
      case OBJECT -> switch (name) {
        case "query" -> joined(value.asJsonObject(), "=", "&");
        case "headers" -> joined(value.asJsonObject(), ": ", "\n");
        default -> value.toString();
      };
      case ARRAY -> value.toString();
    };
  }

  private static String joined(JsonObject object, String between, String separator) {
    return object.entrySet().stream()
        .map(e -> e.getKey() + between + (e.getValue() instanceof JsonString s ? s.getString() : e.getValue()))
        .collect(Collectors.joining(separator));
  }
}
