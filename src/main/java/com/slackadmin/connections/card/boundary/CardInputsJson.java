package com.slackadmin.connections.card.boundary;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.platform.api.ApiException;
import com.slackadmin.connections.platform.api.ErrorCode;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
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

  static final String NOT_AN_OBJECT = "The body must be a JSON object of the card's inputs, such as "
      + "{\"userId\": \"U01ABCDEF\"}, sent with the header 'Content-Type: application/json'.";

  /**
   * The request body as a JSON object; no body is an object without inputs. Read here rather than by the JAX-RS
   * runtime, which failed with a 500 on an array or a scalar (an argument type mismatch) and on too deep a
   * nesting.
   *
   * @throws ApiException {@code validation_failed} (400) for anything but one JSON object
   */
  static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonObject inputs = objectOrNull(body);
    if (inputs == null) {
      throw ApiException.malformed(NOT_AN_OBJECT, Map.of("fields", Map.of("body", "must be a JSON object")));
    }
    return inputs;
  }

  private static JsonObject objectOrNull(String body) {
    try (JsonParser parser = JSON.createParser(new StringReader(body))) {
      JsonObject object = parser.next() == JsonParser.Event.START_OBJECT ? parser.getObject() : null;
      // hasNext() is false at the end, and throws on anything but white space after the object
      return object == null || parser.hasNext() ? null : object;
    } catch (RuntimeException unreadable) {
      // not JSON, or nested deeper than the parser allows (it throws a plain RuntimeException then)
      return null;
    }
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
        case "query" -> joined(name, value.asJsonObject(), "=", "&", "&");
        case "headers" -> joined(name, value.asJsonObject(), ": ", "\n", "\r\n");
        default -> value.toString();
      };
      case ARRAY -> value.toString();
    };
  }

  /**
   * The object's entries as the text form writes them. A name or value holding a separator is refused: joined,
   * it would become an entry the script never wrote (a header value with a line break, an extra header).
   *
   * @param forbidden the characters that separate entries in the text form
   */
  private static String joined(String input, JsonObject object, String between, String separator,
      String forbidden) {
    return object.entrySet().stream().map(e -> {
      String value = e.getValue() instanceof JsonString text ? text.getString() : e.getValue().toString();
      if (containsAny(e.getKey(), forbidden) || containsAny(value, forbidden)) {
        throw new ApiException(ErrorCode.VALIDATION_FAILED, "Some inputs are not valid; see the fields.",
            Map.of("fields", Map.of(input, "'" + e.getKey().replaceAll("[\\r\\n]", " ") + "' may not contain "
                + (forbidden.contains("&") ? "'&'" : "a line break") + ".")));
      }
      return e.getKey() + between + value;
    }).collect(Collectors.joining(separator));
  }

  private static boolean containsAny(String text, String characters) {
    return text.chars().anyMatch(c -> characters.indexOf(c) >= 0);
  }
}
