package com.slackadmin.connections.notification.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON body every webhook receives for an event: {@code id} (the event's, the same on every retry),
 * {@code type}, {@code occurredAt}, {@code title}, {@code detail}, {@code connection} ({@code id},
 * {@code nickname}, {@code slackOrganisation}), and where they apply {@code status}, {@code previousStatus},
 * {@code reason}, {@code slackError}, {@code by}, {@code bulkRun} ({@code id}). Absent fields are left out. Pure.
 */
public final class WebhookPayload {

  private WebhookPayload() {}

  public static String of(long eventId, Occurrence o) {
    JsonObjectBuilder body = Json.createObjectBuilder()
        .add("id", eventId)
        .add("type", o.kind().type())
        .add("occurredAt", o.at().toString())
        .add("title", NotificationText.title(o));
    put(body, "detail", NotificationText.detail(o));
    if (o.connectionId() != null) {
      JsonObjectBuilder connection = Json.createObjectBuilder().add("id", o.connectionId());
      put(connection, "nickname", o.nickname());
      put(connection, "slackOrganisation", o.slackOrganisation());
      body.add("connection", connection);
    }
    put(body, "status", o.status());
    put(body, "previousStatus", o.previousStatus());
    put(body, "reason", o.reason());
    put(body, "slackError", o.slackError());
    put(body, "by", o.by());
    if (o.bulkRunId() != null) {
      body.add("bulkRun", Json.createObjectBuilder().add("id", o.bulkRunId()));
    }
    return body.build().toString();
  }

  private static void put(JsonObjectBuilder builder, String name, String value) {
    if (value != null) {
      builder.add(name, value);
    }
  }
}
