package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.platform.api.ApiRefusal;
import com.slackadmin.connections.platform.api.ErrorCode;
import java.util.Map;

/** A bulk run cannot be started or steered as asked; the message says why and what to do. */
public class BulkRunRefusedException extends RuntimeException implements ApiRefusal {

  private final ErrorCode code;

  public BulkRunRefusedException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  @Override
  public ErrorCode apiCode() {
    return code;
  }

  @Override
  public Map<String, Object> apiDetails() {
    return Map.of();
  }
}
