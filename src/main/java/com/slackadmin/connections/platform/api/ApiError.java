package com.slackadmin.connections.platform.api;

import java.util.Map;

/**
 * The body of every error the JSON API answers.
 *
 * @param code stable and machine-readable, one of {@link ErrorCode}'s codes; scripts branch on it
 * @param message for the person reading it; may change between versions
 * @param details more facts about this error (the invalid fields, an incident id, ...); never null
 */
public record ApiError(String code, String message, Map<String, Object> details) {

  public ApiError {
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
