package com.slackadmin.connections.platform.api;

/**
 * The JSON API's error codes and their HTTP statuses. The codes are a contract with scripts: add new
 * ones, never rename or remove one.
 */
public enum ErrorCode {
  /** No API token, or one that is unknown, revoked, or whose owner is disabled. */
  UNAUTHORIZED("unauthorized", 401),
  /** The caller's console role does not allow this (a VIEWER testing a connection, say). */
  FORBIDDEN("forbidden", 403),
  /** No such resource, or one the caller may not see: the two are not told apart. */
  NOT_FOUND("not_found", 404),
  METHOD_NOT_ALLOWED("method_not_allowed", 405),
  NOT_ACCEPTABLE("not_acceptable", 406),
  UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415),
  /** The request is malformed (400) or its inputs break a rule (422); {@code details} names the fields. */
  VALIDATION_FAILED("validation_failed", 422),
  /** The request clashes with the current state, e.g. a nickname already taken. */
  CONFLICT("conflict", 409),
  /** The connection's Slack account is no longer an Owner or Admin; the connection is marked so. */
  PERMISSION_LOST("permission_lost", 403),
  /** Slack no longer accepts the connection's token: someone must reauthorize it in the console. */
  REAUTHORIZATION_REQUIRED("reauthorization_required", 409),
  /** The card would change an account that ranks above the connection's Slack account. */
  TARGET_OUTRANKS_CONNECTION("target_outranks_connection", 403),
  /** Slack's rate limit; {@code details.retryAfterSeconds} and the Retry-After header say when to retry. */
  RATE_LIMITED("rate_limited", 429),
  /** Slack refused the call; {@code details.slackError} carries Slack's own error code. */
  SLACK_ERROR("slack_error", 502),
  /** Slack could not be reached or timed out. */
  SLACK_UNAVAILABLE("slack_unavailable", 503),
  /**
   * A change was sent to Slack but no usable answer came back: Slack may or may not have made it. Look before
   * sending it again.
   */
  OUTCOME_UNKNOWN("outcome_unknown", 504),
  /** A fault of the application; {@code details.incident} identifies it in the server log. */
  INTERNAL_ERROR("internal_error", 500);

  private final String code;
  private final int status;

  ErrorCode(String code, int status) {
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
