package com.slackadmin.connections.card.boundary;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;

/** JSON as indented text for people; the page escapes it when it shows it. */
final class JsonText {

  private JsonText() {}

  static String pretty(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return "(no content)";
    }
    StringWriter text = new StringWriter();
    try (JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.write(value);
    }
    return text.toString().strip();
  }
}
