package com.slackadmin.connections.platform.api;

import java.util.Map;

/**
 * A refusal that knows how the JSON API names it: a stable code, its HTTP status and the details a script
 * can act on. Implemented by the features' own refusals, so that each is mapped to the API in one place, next
 * to its reasons, and {@link ApiErrors} needs to know none of them.
 */
public interface ApiRefusal {

  ErrorCode apiCode();

  default int apiStatus() {
    return apiCode().status();
  }

  /** For the person reading the answer; never a secret. */
  String getMessage();

  Map<String, Object> apiDetails();
}
