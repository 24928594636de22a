package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.api.ApiRefusal;
import com.slackadmin.connections.platform.api.ErrorCode;
import com.slackadmin.connections.slack.entity.ScimRefusal;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackOutcomeUnknownException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why a use of a connection (a Test, a card run) did not succeed, in the one vocabulary every caller shares:
 * the audit trail records {@link Reason#code()}, the console shows the message, the JSON API answers with
 * the reason's {@link ErrorCode}. Already recorded in the audit trail when {@link UseGate} throws it. The
 * message says what happened and what to do, and never holds a token or a secret input.
 */
public class UseRefusal extends RuntimeException implements ApiRefusal {

  /** The reasons, each with the JSON API's code for it. */
  public enum Reason {
    /** The use's own inputs are not valid; {@link #fieldErrors()} names the fields. */
    VALIDATION_FAILED(ErrorCode.VALIDATION_FAILED, "Check the inputs"),
    /** The authorising account is no longer an Owner or Admin; the connection is marked so. */
    PERMISSION_LOST(ErrorCode.PERMISSION_LOST, "The connection's Slack account is no longer an Owner or Admin"),
    /** Slack no longer accepts the token, or refused to refresh it; the connection is marked so. */
    REAUTHORIZATION_REQUIRED(ErrorCode.REAUTHORIZATION_REQUIRED, "Slack no longer accepts this connection"),
    /** The use would change an account that ranks above the connection's account. */
    TARGET_OUTRANKS_CONNECTION(ErrorCode.TARGET_OUTRANKS_CONNECTION, "Not allowed: the account ranks above the "
        + "connection's"),
    /** Slack refused the call. */
    SLACK_ERROR(ErrorCode.SLACK_ERROR, "Slack refused"),
    /** Slack's rate limit outlasted our retries. */
    RATE_LIMITED(ErrorCode.RATE_LIMITED, "Slack asked us to slow down"),
    /** No answer, a 5xx or an unreadable answer from Slack; nothing was changed. */
    SLACK_UNAVAILABLE(ErrorCode.SLACK_UNAVAILABLE, "Slack could not be reached"),
    /** A change was sent, but its answer did not come back or could not be read: Slack may have made it. */
    OUTCOME_UNKNOWN(ErrorCode.OUTCOME_UNKNOWN, "Slack may or may not have made the change");

    private final ErrorCode apiCode;
    private final String words;

    Reason(ErrorCode apiCode, String words) {
      this.apiCode = apiCode;
      this.words = words;
    }

    /** The reason as the console says it, a headline above the message. */
    public String words() {
      return words;
    }

    /** The words for a code the audit trail or a bulk row recorded, if it is one of these reasons. */
    public static Optional<String> wordsFor(String code) {
      return Arrays.stream(values()).filter(r -> r.code().equals(code)).map(Reason::words).findFirst();
    }

    /** The outcome as the audit trail records it. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the connection's status now says it needs attention. */
    public boolean marksConnection() {
      return this == PERMISSION_LOST || this == REAUTHORIZATION_REQUIRED;
    }
  }

  private final Reason reason;
  private final String slackError;
  private final Integer slackStatus;
  private final Integer retryAfterSeconds;
  private final transient Map<String, String> fieldErrors;

  private UseRefusal(Reason reason, String message, String slackError, Integer slackStatus,
      Integer retryAfterSeconds, Map<String, String> fieldErrors) {
    // no stack trace: a refusal is an answer, not a fault
    super(message, null, false, false);
    this.reason = reason;
    this.slackError = slackError;
    this.slackStatus = slackStatus;
    this.retryAfterSeconds = retryAfterSeconds;
    this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
  }

  public static UseRefusal of(Reason reason, String message) {
    return new UseRefusal(reason, message, null, null, null, null);
  }

  public static UseRefusal of(Reason reason, String message, String slackError) {
    return new UseRefusal(reason, message, slackError, null, null, null);
  }

  public static UseRefusal invalid(Map<String, String> fieldErrors) {
    return invalid("Some inputs are not valid; see the fields.", fieldErrors);
  }

  /** Invalid inputs, with a message that says which and why (the fields' messages say it again per field). */
  public static UseRefusal invalid(String message, Map<String, String> fieldErrors) {
    return new UseRefusal(Reason.VALIDATION_FAILED, message, null, null, null, fieldErrors);
  }

  /**
   * Slack's refusals and failures in plain words: a refusal is {@code slack_error} with Slack's error code or
   * SCIM {@code detail}; a rate limit that outlasted our retries {@code rate_limited}; no answer, a 5xx or an
   * unreadable answer {@code slack_unavailable}, or {@code outcome_unknown} when that answer was to a change.
   * None of these changes the connection's status.
   */
  public static UseRefusal of(SlackException failed) {
    if ("ratelimited".equals(failed.error())) {
      return new UseRefusal(Reason.RATE_LIMITED, failed.getMessage(), failed.error(), 429,
          failed.retryAfterSeconds(), null);
    }
    if (failed instanceof SlackOutcomeUnknownException) {
      return new UseRefusal(Reason.OUTCOME_UNKNOWN, failed.getMessage() + " Slack may or may not have made the "
          + "change: look the account or group up (Read User, Read Group) before you run this again.",
          failed.error(), null, null, null);
    }
    if (failed instanceof SlackUnavailableException) {
      return new UseRefusal(Reason.SLACK_UNAVAILABLE, failed.getMessage() + " Nothing was changed on our side; try "
          + "again later.", failed.error(), null, null, null);
    }
    if (failed instanceof ScimRefusal refusal) {
      String detail = refusal.detail() == null || refusal.detail().isBlank() ? refusal.error() : refusal.detail();
      return new UseRefusal(Reason.SLACK_ERROR, whatToDo(refusal.httpStatus()), detail, refusal.httpStatus(), null,
          null);
    }
    return new UseRefusal(Reason.SLACK_ERROR, failed.getMessage(), failed.error(), null, null, null);
  }

  /**
   * What a SCIM refusal means for the person who ran the action, and what to do; Slack's own text is kept
   * apart ({@link #slackError()}), so that it is shown once, as what Slack said.
   */
  static String whatToDo(int httpStatus) {
    return switch (httpStatus) {
      case 404 -> "Slack has no such account or group here. Check the id, or find the account by its email.";
      case 409 -> "Slack already has an account or group with that username, email or name. Choose another.";
      case 400 -> "Slack did not accept the request. Check the inputs.";
      case 401, 403 -> "Slack does not let this connection's account do this.";
      default -> "Slack refused the request.";
    };
  }

  /** Slack's error code or text when the message does not already say it, for the pages; else null. */
  public String getSlackSaid() {
    return slackError == null || getMessage().contains(slackError) ? null : slackError;
  }

  /** The message and, once, what Slack said: for places that show one line, such as a bulk run's rows. */
  public String explanation() {
    return getSlackSaid() == null ? getMessage() : getMessage() + " Slack said: " + slackError + ".";
  }

  public Reason reason() {
    return reason;
  }

  /** Slack's error code or SCIM {@code detail}, if Slack refused. */
  public String slackError() {
    return slackError;
  }

  /** The HTTP status of Slack's SCIM refusal, if any. */
  public Integer slackStatus() {
    return slackStatus;
  }

  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public ErrorCode apiCode() {
    return reason.apiCode;
  }

  @Override
  public Map<String, Object> apiDetails() {
    Map<String, Object> details = new LinkedHashMap<>();
    if (!fieldErrors.isEmpty()) {
      details.put("fields", fieldErrors);
    }
    if (slackError != null) {
      details.put("slackError", slackError);
    }
    if (slackStatus != null) {
      details.put("slackStatus", slackStatus);
    }
    if (retryAfterSeconds != null) {
      details.put("retryAfterSeconds", retryAfterSeconds);
    }
    return details;
  }
}
