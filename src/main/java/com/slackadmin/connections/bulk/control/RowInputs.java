package com.slackadmin.connections.bulk.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.bulk.entity.BulkRow;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A row's inputs, kept as a JSON object of the CSV line's non-empty values, back as names and values. */
public final class RowInputs {

  private RowInputs() {}

  public static Map<String, String> of(BulkRow row) {
    Map<String, String> inputs = new LinkedHashMap<>();
    JSON.createReader(new StringReader(row.getInputs())).readObject().forEach((name, value) -> {
      if (value instanceof JsonString text) {
        inputs.put(name, text.getString());
      }
    });
    return inputs;
  }
}
