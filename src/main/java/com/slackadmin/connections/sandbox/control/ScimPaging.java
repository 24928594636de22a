package com.slackadmin.connections.sandbox.control;

import java.util.List;

/**
 * SCIM paging: {@code startIndex} is 1-based (below 1 counts as 1); {@code count} defaults to 100 and is
 * capped at Slack's maximum of 1000.
 */
public record ScimPaging(int startIndex, int count) {

  public static final int DEFAULT_COUNT = 100;
  public static final int MAX_COUNT = 1000;

  public static ScimPaging of(String startIndex, String count) {
    int start = Math.max(1, parse(startIndex, 1));
    int size = Math.min(MAX_COUNT, Math.max(0, parse(count, DEFAULT_COUNT)));
    return new ScimPaging(start, size);
  }

  public <T> List<T> page(List<T> all) {
    int from = Math.min(all.size(), startIndex - 1);
    int to = Math.min(all.size(), from + count);
    return all.subList(from, to);
  }

  private static int parse(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ScimError.badRequest("invalid_syntax: " + value + " is not a number");
    }
  }
}
