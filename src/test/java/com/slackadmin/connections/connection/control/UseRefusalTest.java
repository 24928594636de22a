package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.connection.control.UseRefusal.Reason;
import com.slackadmin.connections.platform.api.ErrorCode;
import com.slackadmin.connections.slack.entity.ScimRefusal;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackOutcomeUnknownException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One refusal vocabulary: each reason's audit code and API code, and Slack's failures worded as refusals. */
class UseRefusalTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(textBlock = """
      VALIDATION_FAILED,          validation_failed,          422
      PERMISSION_LOST,            permission_lost,            403
      REAUTHORIZATION_REQUIRED,   reauthorization_required,   409
      TARGET_OUTRANKS_CONNECTION, target_outranks_connection, 403
      SLACK_ERROR,                slack_error,                502
      RATE_LIMITED,               rate_limited,               429
      SLACK_UNAVAILABLE,          slack_unavailable,          503
      OUTCOME_UNKNOWN,            outcome_unknown,            504
      """)
  void eachReasonHasOneCodeInTheAuditTrailAndTheApi(Reason reason, String code, int status) {
    UseRefusal refusal = UseRefusal.of(reason, "why");
    assertEquals(code, reason.code());
    assertEquals(code, refusal.apiCode().code());
    assertEquals(status, refusal.apiStatus());
  }

  @Test
  void onlyLostPermissionAndAGoneTokenMarkTheConnection() {
    for (Reason reason : Reason.values()) {
      assertEquals(reason == Reason.PERMISSION_LOST || reason == Reason.REAUTHORIZATION_REQUIRED,
          reason.marksConnection(), reason.name());
    }
  }

  @Test
  void slacksFailuresBecomeRefusalsThatSayWhatSlackSaid() {
    UseRefusal limited = UseRefusal.of(new SlackException("ratelimited", "Slow down.", 30));
    assertEquals(Reason.RATE_LIMITED, limited.reason());
    assertEquals(Map.of("slackError", "ratelimited", "slackStatus", 429, "retryAfterSeconds", 30),
        limited.apiDetails());

    UseRefusal down = UseRefusal.of(new SlackUnavailableException("slack_unreachable", "No answer from Slack."));
    assertEquals(ErrorCode.SLACK_UNAVAILABLE, down.apiCode());
    assertTrue(down.getMessage().startsWith("No answer from Slack."), down.getMessage());

    UseRefusal unknown = UseRefusal.of(new SlackOutcomeUnknownException("slack_timeout", "No answer in time."));
    assertEquals(Reason.OUTCOME_UNKNOWN, unknown.reason());
    assertEquals("slack_timeout", unknown.slackError());
    assertTrue(unknown.getMessage().contains("may or may not have made the change"), unknown.getMessage());
    assertTrue(!unknown.getMessage().contains("Nothing was changed"), unknown.getMessage());

    UseRefusal refused = UseRefusal.of(new SlackException("user_not_found", "Slack refused."));
    assertEquals(Reason.SLACK_ERROR, refused.reason());
    assertEquals("user_not_found", refused.slackError());

    UseRefusal scim = UseRefusal.of(new ScimRefusal(409, "A user with this userName already exists."));
    assertEquals(Reason.SLACK_ERROR, scim.reason());
    assertEquals(Map.of("slackError", "A user with this userName already exists.", "slackStatus", 409),
        scim.apiDetails());
  }

  @Test
  void aScimRefusalSaysWhatToDoInWordsAndSlacksTextOnceWithoutACodeFirst() {
    UseRefusal missing = UseRefusal.of(new ScimRefusal(404, "User U0NOSUCH01 not found."));
    assertEquals("Slack has no such account or group here. Check the id, or find the account by its email.",
        missing.getMessage());
    assertEquals("User U0NOSUCH01 not found.", missing.getSlackSaid());
    assertEquals(missing.getMessage() + " Slack said: User U0NOSUCH01 not found..", missing.explanation());
    assertFalse(missing.getMessage().contains("HTTP") || missing.getMessage().contains("slack_error"));

    UseRefusal told = UseRefusal.of(new SlackException("user_not_found", "Slack answered users.info with "
        + "user_not_found."));
    assertNull(told.getSlackSaid(), "the message says it already: not twice");
    assertEquals(told.getMessage(), told.explanation());
  }

  @Test
  void everyReasonHasWordsForPeople() {
    for (Reason reason : Reason.values()) {
      assertFalse(reason.words().isBlank() || reason.words().contains("_"), reason.name());
      assertEquals(reason.words(), Reason.wordsFor(reason.code()).orElseThrow());
    }
    assertTrue(Reason.wordsFor("ok").isEmpty());
  }

  @Test
  void invalidInputsNameTheirFields() {
    UseRefusal invalid = UseRefusal.invalid(Map.of("userId", "Give a user id."));
    assertEquals(Map.of("fields", Map.of("userId", "Give a user id.")), invalid.apiDetails());
  }
}
