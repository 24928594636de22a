package com.slackadmin.connections.card.entity;

import java.util.Map;

/**
 * A card run that did not succeed, with a message for the person who ran it. Already recorded in the audit
 * trail when thrown by the runner. The message never holds a token or a secret input.
 *
 * @see CardOutcome
 */
public class CardFailure extends RuntimeException {

  private final CardOutcome outcome;
  private final String slackError;
  private final Integer httpStatus;
  private final Integer retryAfterSeconds;
  private final transient Map<String, String> fieldErrors;

  public CardFailure(CardOutcome outcome, String message, String slackError, Integer httpStatus,
      Integer retryAfterSeconds, Map<String, String> fieldErrors) {
    // no stack trace: a refusal is an answer, not a fault
    super(message, null, false, false);
    this.outcome = outcome;
    this.slackError = slackError;
    this.httpStatus = httpStatus;
    this.retryAfterSeconds = retryAfterSeconds;
    this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
  }

  public static CardFailure invalid(Map<String, String> fieldErrors) {
    return new CardFailure(CardOutcome.VALIDATION_FAILED, "Some inputs are not valid; see the fields.", null,
        null, null, fieldErrors);
  }

  public static CardFailure of(CardOutcome outcome, String message) {
    return new CardFailure(outcome, message, null, null, null, null);
  }

  public CardOutcome outcome() {
    return outcome;
  }

  /** Slack's error code or SCIM {@code detail}, if Slack refused. */
  public String slackError() {
    return slackError;
  }

  /** The HTTP status of Slack's SCIM refusal, if any. */
  public Integer httpStatus() {
    return httpStatus;
  }

  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
