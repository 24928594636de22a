package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.RateLimiter.Limit;
import java.util.List;

/**
 * Which of Slack's published limits apply to a call (org-wide for SCIM, per workspace for the Web API).
 *
 * <p>SCIM, as Slack's "SCIM API rate limits" page gives them: every call counts toward its org-wide set (writes
 * {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}: 600 a minute, bursts of 180; reads {@code GET}: 1000,
 * bursts of 1000) and, for the endpoints the page names, toward that endpoint's own limit as well. Listing
 * {@code /Users} or {@code /Groups} is limited by the reads set alone. {@code PUT} and {@code PATCH} of one
 * resource share a limit, as they share a row on that page.
 *
 * <p>Web API methods by tier: {@code users.info} Tier 4 (100+ a minute), {@code team.info} and
 * {@code team.billing.info} Tier 3 (50+), {@code users.list} and {@code auth.teams.list} Tier 2 (20+), each with a burst of one minute's
 * worth. Methods Slack puts in generous tiers are not limited here.
 */
public final class PublishedLimits {

  static final Limit SCIM_WRITES = new Limit("scim-writes", 600, 180);
  static final Limit SCIM_READS = new Limit("scim-reads", 1000, 1000);
  static final Limit SCIM_USER_READ = new Limit("scim-get-user", 300, 300);
  static final Limit SCIM_USER_CREATE = new Limit("scim-create-user", 180, 20);
  static final Limit SCIM_USER_UPDATE = new Limit("scim-update-user", 180, 20);
  static final Limit SCIM_USER_DELETE = new Limit("scim-delete-user", 180, 20);
  static final Limit SCIM_GROUP_READ = new Limit("scim-get-group", 300, 300);
  static final Limit SCIM_GROUP_CREATE = new Limit("scim-create-group", 180, 20);
  static final Limit SCIM_GROUP_UPDATE = new Limit("scim-update-group", 180, 80);
  static final Limit SCIM_GROUP_DELETE = new Limit("scim-delete-group", 180, 20);
  static final Limit TIER_4 = new Limit("tier4", 100, 100);
  static final Limit TIER_3 = new Limit("tier3", 50, 50);
  static final Limit TIER_2 = new Limit("tier2", 20, 20);

  private PublishedLimits() {}

  /**
   * @param resource {@code Users} or {@code Groups} (anything else counts toward its set only)
   * @param oneResource whether the path names one resource ({@code /Users/<id>}) rather than the collection
   */
  public static List<Limit> forScim(String httpMethod, String resource, boolean oneResource) {
    boolean read = "GET".equals(httpMethod);
    Limit set = read ? SCIM_READS : SCIM_WRITES;
    Limit endpoint = switch (resource) {
      case "Users" -> endpoint(httpMethod, oneResource, SCIM_USER_READ, SCIM_USER_CREATE, SCIM_USER_UPDATE,
          SCIM_USER_DELETE);
      case "Groups" -> endpoint(httpMethod, oneResource, SCIM_GROUP_READ, SCIM_GROUP_CREATE, SCIM_GROUP_UPDATE,
          SCIM_GROUP_DELETE);
      default -> null;
    };
    return endpoint == null ? List.of(set) : List.of(set, endpoint);
  }

  private static Limit endpoint(String httpMethod, boolean oneResource, Limit read, Limit create, Limit update,
      Limit delete) {
    if (!oneResource) {
      return "POST".equals(httpMethod) ? create : null;
    }
    return switch (httpMethod) {
      case "GET" -> read;
      case "PUT", "PATCH" -> update;
      case "DELETE" -> delete;
      default -> null;
    };
  }

  public static List<Limit> forMethod(String method) {
    return switch (method) {
      case "users.info" -> List.of(TIER_4);
      case "team.billing.info", "team.info" -> List.of(TIER_3);
      case "users.list", "auth.teams.list" -> List.of(TIER_2);
      default -> List.of();
    };
  }
}
