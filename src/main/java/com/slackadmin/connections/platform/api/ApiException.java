package com.slackadmin.connections.platform.api;

import java.util.Map;

/**
 * A refusal of the JSON API's own resources (an unknown card, a malformed parameter) with a stable code. The
 * message is meant for the person reading it and must hold no secret.
 */
public class ApiException extends RuntimeException implements ApiRefusal {

  private final ErrorCode code;
  private final int status;
  private final transient Map<String, Object> details;

  public ApiException(ErrorCode code, String message) {
    this(code, code.status(), message, Map.of());
  }

  public ApiException(ErrorCode code, String message, Map<String, Object> details) {
    this(code, code.status(), message, details);
  }

  /** For the few codes that have more than one status, such as {@code validation_failed} as 400 or 422. */
  public ApiException(ErrorCode code, int status, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.code = code;
    this.status = status;
    this.details = details == null ? Map.of() : Map.copyOf(details);
  }

  /** A malformed request: a parameter that is not a number, a body that is not JSON. */
  public static ApiException malformed(String message, Map<String, Object> details) {
    return new ApiException(ErrorCode.VALIDATION_FAILED, 400, message, details);
  }

  @Override
  public ErrorCode apiCode() {
    return code;
  }

  @Override
  public int apiStatus() {
    return status;
  }

  @Override
  public Map<String, Object> apiDetails() {
    return details;
  }
}
