package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.platform.api.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The bulk pages' query parameters: the console falls back to its defaults, the API says what is wrong. */
final class BulkQuery {

  private BulkQuery() {}

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
