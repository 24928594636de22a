package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.connection.control.ConnectionSort;
import com.slackadmin.connections.connection.control.ConnectionView;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.platform.api.ApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The JSON API's list parameters. Unlike the console's page, which quietly falls back to its defaults, an
 * unknown {@code view}, {@code sort} or {@code status} is refused: a script with a typo should learn it rather
 * than get a different list.
 */
final class ConnectionListQuery {

  private ConnectionListQuery() {}

  static ConnectionView parseView(String view) {
    if (view == null || view.isBlank()) {
      return ConnectionView.MINE;
    }
    return ConnectionView.of(view).orElseThrow(() -> ApiException.malformed("Unknown 'view'.", Map.of(
        "parameter", "view", "allowed", Arrays.stream(ConnectionView.values()).map(ConnectionView::getParameter)
            .toList())));
  }

  static ConnectionSort parseSort(String sort) {
    if (sort == null || sort.isBlank()) {
      return ConnectionSort.parse(null);
    }
    return Arrays.stream(ConnectionSort.values()).filter(s -> s.getParameter().equals(sort)).findFirst()
        .orElseThrow(() -> ApiException.malformed("Unknown 'sort'.", Map.of("parameter", "sort",
            "allowed", Arrays.stream(ConnectionSort.values()).map(ConnectionSort::getParameter).toList())));
  }

  static ConnectionStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    List<String> allowed = Arrays.stream(ConnectionStatus.values()).map(Enum::name).toList();
    if (!allowed.contains(status)) {
      throw ApiException.malformed("Unknown 'status'.", Map.of("parameter", "status", "allowed", allowed));
    }
    return ConnectionStatus.valueOf(status);
  }
}
