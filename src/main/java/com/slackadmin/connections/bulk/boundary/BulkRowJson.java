package com.slackadmin.connections.bulk.boundary;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.bulk.entity.BulkRow;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/** One row of a bulk run: its CSV line and inputs, and its outcome once it has one. */
public record BulkRowJson(int line, JsonObject inputs, String target, String state, String outcome,
    String message, int attempts, Instant finishedAt) {

  static BulkRowJson of(BulkRow row) {
    return new BulkRowJson(row.getLine(), JSON.createReader(new StringReader(row.getInputs())).readObject(),
        row.getTarget(), row.getState().name(), row.getOutcome(), row.getMessage(), row.getAttempts(),
        row.getFinishedAt());
  }
}
