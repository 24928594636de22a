package com.slackadmin.connections.slack.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Slack's published SCIM rate limits (docs.slack.dev/reference/scim-api/rate-limits), which apply to every SCIM
 * app of an org together: per set (all writes, all reads) and per endpoint. A call counts against each limit
 * that names it. Pure: which limits a call counts against.
 */
public final class ScimLimits {

  /** A published limit: {@code perMinute} sustained, {@code burst} at once. */
  public record Limit(String name, int perMinute, int burst) {}

  static final Limit WRITES = new Limit("writes", 600, 180);
  static final Limit READS = new Limit("reads", 1000, 1000);
  static final Limit GET_USER = new Limit("get-user", 300, 300);
  static final Limit CREATE_USER = new Limit("create-user", 180, 20);
  static final Limit UPDATE_USER = new Limit("update-user", 180, 20);
  static final Limit DELETE_USER = new Limit("delete-user", 180, 20);
  static final Limit GET_GROUP = new Limit("get-group", 300, 300);
  static final Limit CREATE_GROUP = new Limit("create-group", 180, 20);
  static final Limit UPDATE_GROUP = new Limit("update-group", 180, 80);
  static final Limit DELETE_GROUP = new Limit("delete-group", 180, 20);

  private static final Pattern ONE = Pattern.compile("/(Users|Groups)/[^/]+");

  private ScimLimits() {}

  /**
   * @param method the HTTP method
   * @param path the SCIM path, such as {@code /Users/W0123} or {@code /Groups}
   */
  public static List<Limit> of(String method, String path) {
    boolean users = path.startsWith("/Users");
    boolean groups = path.startsWith("/Groups");
    boolean one = ONE.matcher(path).matches();
    if ("GET".equals(method)) {
      if (one) {
        return List.of(READS, users ? GET_USER : GET_GROUP);
      }
      return List.of(READS);
    }
    Limit endpoint = null;
    if (users || groups) {
      endpoint = switch (method) {
        case "POST" -> one ? null : users ? CREATE_USER : CREATE_GROUP;
        case "PUT", "PATCH" -> one ? users ? UPDATE_USER : UPDATE_GROUP : null;
        case "DELETE" -> one ? users ? DELETE_USER : DELETE_GROUP : null;
        default -> null;
      };
    }
    return endpoint == null ? List.of(WRITES) : List.of(WRITES, endpoint);
  }
}
