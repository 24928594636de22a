package com.slackadmin.connections.platform.api;

import com.slackadmin.connections.platform.NotPermittedException;
import com.slackadmin.connections.platform.NotVisibleException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Which exception becomes which API error: the one table, so that every failure, expected or not, reaches
 * the caller as {@code {code, message, details}} with a stable code. Messages of unexpected exceptions are
 * never passed on, as they may hold internals; the caller gets an incident id that the server log also
 * carries.
 */
public final class ApiErrors {

  static final String MALFORMED_MESSAGE =
      "The request could not be read: send a JSON object with the header 'Content-Type: application/json'.";
  static final String INTERNAL_MESSAGE =
      "The request failed because of a fault in the application. Tell an ADMIN the incident id.";

  private ApiErrors() {}

  /** The status and body for an exception; {@code incident} is set only for internal errors. */
  public record Failure(int status, ApiError error, String incident) {

    public boolean isInternal() {
      return incident != null;
    }
  }

  public static Failure of(Throwable thrown) {
    if (thrown instanceof ApiRefusal refused) {
      return new Failure(refused.apiStatus(),
          new ApiError(refused.apiCode().code(), refused.getMessage(), refused.apiDetails()), null);
    }
    if (thrown instanceof NotVisibleException notVisible) {
      return failure(ErrorCode.NOT_FOUND, notVisible.getMessage());
    }
    if (thrown instanceof NotPermittedException notPermitted) {
      return failure(ErrorCode.FORBIDDEN, notPermitted.getMessage());
    }
    if (thrown instanceof ConstraintViolationException invalid) {
      return new Failure(ErrorCode.VALIDATION_FAILED.status(), new ApiError(ErrorCode.VALIDATION_FAILED.code(),
          "Some inputs are not valid; see details.", fieldsOf(invalid)), null);
    }
    if (thrown instanceof UnsupportedCharsetException || thrown instanceof IllegalCharsetNameException) {
      return ofStatus(ErrorCode.UNSUPPORTED_MEDIA_TYPE.status()); // a body in a charset Java does not know
    }
    if (isUnreadableBody(thrown)) {
      return new Failure(400, new ApiError(ErrorCode.VALIDATION_FAILED.code(), MALFORMED_MESSAGE, Map.of()), null);
    }
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return ofStatus(web.getResponse().getStatus());
    }
    return ofStatus(ErrorCode.INTERNAL_ERROR.status());
  }

  /**
   * A refusal known only by its status: the JAX-RS runtime's own (unknown address, wrong method, unreadable
   * parameters) and the container's error pages. A 5xx is an internal error with a new incident id.
   */
  public static Failure ofStatus(int status) {
    if (status >= 500) {
      String incident = UUID.randomUUID().toString();
      return new Failure(ErrorCode.INTERNAL_ERROR.status(),
          new ApiError(ErrorCode.INTERNAL_ERROR.code(), INTERNAL_MESSAGE, Map.of("incident", incident)), incident);
    }
    return switch (status) {
      case 401 -> failure(ErrorCode.UNAUTHORIZED, "Send a valid personal API token.");
      case 403 -> failure(ErrorCode.FORBIDDEN, "Your role does not allow this.");
      case 404 -> failure(ErrorCode.NOT_FOUND, "There is nothing at this address, or you may not see it.");
      case 405 -> failure(ErrorCode.METHOD_NOT_ALLOWED, "This address does not accept that method.");
      case 406 -> failure(ErrorCode.NOT_ACCEPTABLE, "This API answers application/json only.");
      case 409 -> failure(ErrorCode.CONFLICT, "The request clashes with the current state.");
      case 415 -> failure(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
      case 429 -> failure(ErrorCode.RATE_LIMITED, "Too many requests; retry later.");
      default -> new Failure(400, new ApiError(ErrorCode.VALIDATION_FAILED.code(), MALFORMED_MESSAGE, Map.of()), null);
    };
  }

  private static Failure failure(ErrorCode code, String message) {
    return new Failure(code.status(), new ApiError(code.code(), message, Map.of()), null);
  }

  private static boolean isUnreadableBody(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> fieldsOf(ConstraintViolationException invalid) {
    Map<String, Object> fields = new TreeMap<>();
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      String field = "input";
      for (Path.Node node : violation.getPropertyPath()) {
        field = node.getName() == null ? field : node.getName();
      }
      fields.putIfAbsent(field, violation.getMessage());
    }
    return Map.of("fields", fields);
  }
}
