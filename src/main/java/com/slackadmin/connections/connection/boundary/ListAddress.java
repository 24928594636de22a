package com.slackadmin.connections.connection.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of the Connections page as shown: its view, order, status filter and search, so that paging, and
 * coming back after a Test in a row, keep them all. The search is URL-encoded here; the page escapes the whole
 * for HTML.
 */
final class ListAddress {

  private ListAddress() {}

  /** The query string without the page number: {@code view=mine&sort=nickname&status=} and {@code &q=...}. */
  static String query(String view, String sort, String status, String search) {
    return "view=" + view + "&sort=" + sort + "&status=" + status
        + (search == null ? "" : "&q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
  }

  /** The page's path within the console, for a form to come back to ({@link ReturnPath} accepts it). */
  static String path(String query, int page) {
    return "/connections?" + query + (page > 1 ? "&page=" + page : "");
  }
}
