package com.slackadmin.connections.api.control;

import com.slackadmin.connections.api.entity.ErrorCode;
import com.slackadmin.connections.card.entity.CardFailure;
import java.util.LinkedHashMap;
import java.util.Map;

/** A card run's failure as the API answers it: the stable code, its status, and what Slack said. */
final class CardFailures {

  private CardFailures() {}

  static ApiException toApi(CardFailure failed) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (!failed.fieldErrors().isEmpty()) {
      details.put("fields", failed.fieldErrors());
    }
    if (failed.slackError() != null) {
      details.put("slackError", failed.slackError());
    }
    if (failed.httpStatus() != null) {
      details.put("slackStatus", failed.httpStatus());
    }
    if (failed.retryAfterSeconds() != null) {
      details.put("retryAfterSeconds", failed.retryAfterSeconds());
    }
    ErrorCode code = switch (failed.outcome()) {
      case VALIDATION_FAILED -> ErrorCode.VALIDATION_FAILED;
      case PERMISSION_LOST -> ErrorCode.PERMISSION_LOST;
      case REAUTHORIZATION_REQUIRED -> ErrorCode.REAUTHORIZATION_REQUIRED;
      case TARGET_OUTRANKS_CONNECTION -> ErrorCode.TARGET_OUTRANKS_CONNECTION;
      case RATE_LIMITED -> ErrorCode.RATE_LIMITED;
      case SLACK_UNAVAILABLE -> ErrorCode.SLACK_UNAVAILABLE;
      case SLACK_ERROR -> ErrorCode.SLACK_ERROR;
      case OK -> throw new IllegalStateException("a successful run is no failure");
    };
    return new ApiException(code, failed.getMessage(), details);
  }
}
