package com.slackadmin.connections.platform.api;

import java.util.List;
import java.util.Map;

/**
 * One page of a longer list. {@code page} counts from 1; asking past the end gives the last page, as the
 * console does.
 */
public record PageJson<T>(List<T> items, int page, int pageSize, long total, int lastPage) {

  /**
   * The page a {@code page} query parameter asks for: 1 when absent, at least 1.
   *
   * @throws ApiException validation_failed when it is not a whole number
   */
  public static int requested(String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(page.trim()));
    } catch (NumberFormatException notANumber) {
      throw ApiException.malformed("'page' must be a whole number from 1.", Map.of("parameter", "page"));
    }
  }
}
