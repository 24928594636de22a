package com.slackadmin.connections.connection.boundary;

import java.util.regex.Pattern;

/**
 * Where New Connection returns to when it was started from another page of the console (an action card, say):
 * only a page of this console, relative to it, so that the address cannot send the browser to another site.
 */
final class ReturnPath {

  // path segments of letters, digits and dashes, then an optional plain query: no "//", no scheme, no "..".
  // The query may hold URL-encoded words (a search): after the path they cannot lead anywhere else.
  private static final Pattern CONSOLE_PAGE =
      Pattern.compile("(/[a-z0-9][a-z0-9-]*)+(\\?[A-Za-z0-9_.=&%+*-]{1,400})?");

  private ReturnPath() {}

  /** @return the path when it is a page of this console, else null (and the flow ends on the connection's page) */
  static String checked(String path) {
    return path != null && CONSOLE_PAGE.matcher(path).matches() ? path : null;
  }

  /** The page to return to, told which connection was just made. */
  static String withConnection(String path, long connectionId) {
    return path + (path.contains("?") ? "&" : "?") + "connection=" + connectionId;
  }
}
