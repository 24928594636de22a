package com.slackadmin.connections.api.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.api.entity.ErrorCode;
import com.slackadmin.connections.connection.control.ConnectionSort;
import com.slackadmin.connections.connection.control.ConnectionStore;
import com.slackadmin.connections.connection.control.ConnectionView;
import com.slackadmin.connections.connection.control.Page;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The API's reads of connections, through the same store and visibility rule as the console. Unlike the
 * console's page, which quietly falls back to its defaults, an unknown {@code sort} or {@code status} is
 * refused: a script with a typo should learn it rather than get a different list.
 */
@ApplicationScoped
public class ConnectionQueries {

  @Inject
  ConnectionStore store;

  public Page<SlackConnection> list(ConsoleUser caller, String page, String sort, String status) {
    return list(caller, null, page, sort, status);
  }

  /** One view ({@code mine}, the default, {@code shared} or, for ADMINs, {@code all}) of the connections. */
  public Page<SlackConnection> list(ConsoleUser caller, String view, String page, String sort, String status) {
    return store.list(caller, parseView(view), parseStatus(status), parseSort(sort), parsePage(page));
  }

  static ConnectionView parseView(String view) {
    if (view == null || view.isBlank()) {
      return ConnectionView.MINE;
    }
    return ConnectionView.of(view).orElseThrow(() -> ApiException.malformed("Unknown 'view'.", Map.of(
        "parameter", "view", "allowed", Arrays.stream(ConnectionView.values()).map(ConnectionView::getParameter)
            .toList())));
  }

  /** A connection the caller may see; otherwise {@code not_found}, whether it exists or not. */
  public SlackConnection visible(ConsoleUser caller, long id) {
    return store.findVisible(caller, id).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND,
        "There is no connection " + id + ", or you may not see it."));
  }

  public static int parsePage(String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(page.trim()));
    } catch (NumberFormatException notANumber) {
      throw ApiException.malformed("'page' must be a whole number from 1.", Map.of("parameter", "page"));
    }
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
