package com.slackadmin.connections.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.platform.NotPermittedException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The error mapping table: which exception becomes which HTTP status and stable code. */
class ApiErrorsTest {

  @Test
  void exceptionsBecomeStatusAndCode() {
    Object[][] table = {
        {new ApiException(ErrorCode.NOT_FOUND, "gone"), 404, "not_found"},
        {new ApiException(ErrorCode.FORBIDDEN, "no"), 403, "forbidden"},
        {new ApiException(ErrorCode.CONFLICT, "taken"), 409, "conflict"},
        {new ApiException(ErrorCode.VALIDATION_FAILED, "bad"), 422, "validation_failed"},
        {ApiException.malformed("not a number", Map.of()), 400, "validation_failed"},
        {new ApiException(ErrorCode.RATE_LIMITED, "slow down"), 429, "rate_limited"},
        {new ApiException(ErrorCode.SLACK_ERROR, "slack said no"), 502, "slack_error"},
        {new ApiException(ErrorCode.SLACK_UNAVAILABLE, "down"), 503, "slack_unavailable"},
        {new ApiException(ErrorCode.SLACK_UNAVAILABLE, "later"), 503, "slack_unavailable"},
        {new ApiException(ErrorCode.PERMISSION_LOST, "lost"), 403, "permission_lost"},
        {new ApiException(ErrorCode.REAUTHORIZATION_REQUIRED, "again"), 409, "reauthorization_required"},
        {new ApiException(ErrorCode.TARGET_OUTRANKS_CONNECTION, "owner"), 403, "target_outranks_connection"},
        {new ApiException(ErrorCode.UNAUTHORIZED, "who"), 401, "unauthorized"},
        {new NotPermittedException("A VIEWER cannot use connections"), 403, "forbidden"},
        {new ConstraintViolationException(Set.of()), 422, "validation_failed"},
        {new JsonbException("Unexpected char"), 400, "validation_failed"},
        {new UnsupportedCharsetException("nonsense"), 415, "unsupported_media_type"},
        {new IllegalCharsetNameException("utf 8"), 415, "unsupported_media_type"},
        {new IllegalStateException("boom"), 500, "internal_error"},
        {new NullPointerException(), 500, "internal_error"},
    };
    for (Object[] row : table) {
      ApiErrors.Failure failure = ApiErrors.of((Throwable) row[0]);
      assertEquals(row[1], failure.status(), row[0].toString());
      assertEquals(row[2], failure.error().code(), row[0].toString());
      assertNotNull(failure.error().details());
    }
  }

  @Test
  void theRuntimesOwnRefusalsKeepTheirStatus() {
    Object[][] table = {
        {400, 400, "validation_failed"}, {401, 401, "unauthorized"}, {403, 403, "forbidden"},
        {404, 404, "not_found"}, {405, 405, "method_not_allowed"}, {406, 406, "not_acceptable"},
        {409, 409, "conflict"}, {415, 415, "unsupported_media_type"}, {429, 429, "rate_limited"},
    };
    for (Object[] row : table) {
      ApiErrors.Failure failure = ApiErrors.ofStatus((int) row[0]);
      assertEquals(row[1], failure.status(), "HTTP " + row[0]);
      assertEquals(row[2], failure.error().code(), "HTTP " + row[0]);
    }
  }

  @Test
  void aContainerErrorOf500OrAboveIsAnInternalErrorWithAnIncidentId() {
    for (int status : new int[] {500, 503}) {
      ApiErrors.Failure failure = ApiErrors.ofStatus(status);
      assertEquals(500, failure.status(), "HTTP " + status);
      assertEquals("internal_error", failure.error().code(), "HTTP " + status);
      assertTrue(failure.isInternal(), "HTTP " + status);
      assertEquals(failure.incident(), failure.error().details().get("incident"));
    }
  }

  @Test
  void anUnexpectedExceptionShowsNeitherItsMessageNorItsTypeButAnIncidentId() {
    ApiErrors.Failure failure = ApiErrors.of(new IllegalStateException("password=hunter2 at db:5432"));
    assertTrue(failure.isInternal());
    String shown = failure.error().message() + failure.error().details();
    assertFalse(shown.contains("hunter2"), shown);
    assertFalse(shown.contains("IllegalStateException"), shown);
    assertEquals(failure.incident(), failure.error().details().get("incident"));
  }

  @Test
  void anExpectedRefusalCarriesItsMessageAndDetailsAndNoIncident() {
    ApiErrors.Failure failure =
        ApiErrors.of(new ApiException(ErrorCode.SLACK_ERROR, "Slack refused", Map.of("slackError", "user_not_found")));
    assertNull(failure.incident());
    assertEquals("Slack refused", failure.error().message());
    assertEquals("user_not_found", failure.error().details().get("slackError"));
  }

  @Test
  void everyCodeIsDistinctAndLowerSnakeCase() {
    Set<String> codes = new HashSet<>();
    Arrays.stream(ErrorCode.values()).forEach(c -> {
      assertTrue(codes.add(c.code()), c.code());
      assertTrue(c.code().matches("[a-z]+(_[a-z]+)*"), c.code());
    });
  }
}
