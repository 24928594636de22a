package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.platform.api.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The bulk pages' query parameters: the console falls back to its defaults, the API says what is wrong. */
final class BulkQuery {

  private BulkQuery() {}

  static int page(String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(page.trim()));
    } catch (NumberFormatException notNumber) {
      throw ApiException.malformed("'page' must be a whole number from 1.", Map.of("parameter", "page"));
    }
  }

  /** A row state, or null for all of them. */
  static RowState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return RowState.valueOf(state.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw ApiException.malformed("'state' must be one of " + Arrays.toString(RowState.values()) + ".",
          Map.of("parameter", "state"));
    }
  }
}
