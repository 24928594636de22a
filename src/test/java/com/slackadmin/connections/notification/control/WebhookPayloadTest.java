package com.slackadmin.connections.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.notification.entity.EventKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The webhook body and the text people read, for each kind of event. */
class WebhookPayloadTest {

  static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void aStatusChangeCarriesTheConnectionBothStatusesTheReasonAndWhoFoundIt() {
    Occurrence lost = new Occurrence(EventKind.STATUS_CHANGED, 7L, "Acme", "Acme Plus", "PERMISSION_LOST", "ACTIVE",
        "Slack now reports Ada as Member; an Owner or Admin is required.", null, "system (health sweep)", null, AT);
    JsonObject body = parse(WebhookPayload.of(42, lost));
    assertEquals(42, body.getInt("id"));
    assertEquals("connection.status_changed", body.getString("type"));
    assertEquals("2026-03-01T12:00:00Z", body.getString("occurredAt"));
    assertEquals(7, body.getJsonObject("connection").getInt("id"));
    assertEquals("Acme", body.getJsonObject("connection").getString("nickname"));
    assertEquals("Acme Plus", body.getJsonObject("connection").getString("slackOrganisation"));
    assertEquals("PERMISSION_LOST", body.getString("status"));
    assertEquals("ACTIVE", body.getString("previousStatus"));
    assertEquals("system (health sweep)", body.getString("by"));
    assertFalse(body.containsKey("slackError"), "absent fields are left out");
    assertEquals("\u201cAcme\u201d needs attention: Permission lost", body.getString("title"));
    assertTrue(body.getString("detail").startsWith("Slack now reports Ada as Member"), body.getString("detail"));
  }

  @Test
  void aConnectionThatWorksAgainSaysSo() {
    Occurrence back = new Occurrence(EventKind.STATUS_CHANGED, 7L, "Acme", null, "ACTIVE", "PERMISSION_LOST", null,
        null, "bea", null, AT);
    assertEquals("\u201cAcme\u201d works again", NotificationText.title(back));
    assertEquals("Slack confirmed its account again (it was Permission lost); it can be used. Found by bea.",
        NotificationText.detail(back));
  }

  @Test
  void aRefusedRefreshAndABulkRunHaveTheirOwnTypes() {
    Occurrence refresh = new Occurrence(EventKind.TOKEN_REFRESH_FAILED, 7L, "Acme", null, "REAUTHORIZATION_REQUIRED",
        "ACTIVE", "Slack refused to refresh the token (invalid_refresh_token). Reauthorize the connection.",
        "invalid_refresh_token", "system (token refresh)", null, AT);
    assertEquals("connection.token_refresh_failed", parse(WebhookPayload.of(1, refresh)).getString("type"));
    assertEquals("invalid_refresh_token", parse(WebhookPayload.of(1, refresh)).getString("slackError"));

    Occurrence finished = new Occurrence(EventKind.BULK_RUN_FINISHED, 7L, "Acme", null, null, null, null, null,
        "system", "bulk run 3, Deactivate User: 10 rows: 10 done, 0 refused, 0 failed, 0 skipped", AT, 3L);
    JsonObject body = parse(WebhookPayload.of(2, finished));
    assertEquals(3, body.getJsonObject("bulkRun").getInt("id"), "the run, for a link to its page");
    assertEquals("bulk_run.finished", body.getString("type"));
    assertEquals("A bulk run with \u201cAcme\u201d finished", body.getString("title"));
    assertTrue(body.getString("detail").contains("10 done"));
    assertFalse(body.containsKey("status"));
  }

  @Test
  void aTestEventSaysItIsOneAndConcernsNoConnection() {
    Occurrence test = new Occurrence(EventKind.WEBHOOK_TEST, null, null, null, null, null, null, null, "admin", null,
        AT);
    JsonObject body = parse(WebhookPayload.of(4, test));
    assertEquals("webhook.test", body.getString("type"));
    assertEquals("A test event", body.getString("title"));
    assertFalse(body.containsKey("connection") || body.containsKey("bulkRun"));
    assertTrue(body.getString("detail").startsWith("Sent by admin"), body.getString("detail"));
  }

  @Test
  void aLongReasonIsCutForTheDetail() {
    Occurrence lost = new Occurrence(EventKind.STATUS_CHANGED, 7L, "Acme", null, "PERMISSION_LOST", "ACTIVE",
        "x".repeat(3000), null, null, null, AT);
    assertEquals(NotificationText.MAX_DETAIL, NotificationText.detail(lost).length());
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
