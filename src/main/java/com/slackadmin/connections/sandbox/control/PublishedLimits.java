package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.RateLimiter.Limit;
import java.util.List;

/**
 * Which of Slack's published limits apply to a call (org-wide for SCIM, per workspace for the Web API).
 * Methods Slack puts in generous tiers are not limited here.
 */
public final class PublishedLimits {

  static final Limit SCIM_USER_WRITES = new Limit("scim-user-writes", 180, 20);
  static final Limit SCIM_WRITES = new Limit("scim-writes", 600, 600);
  static final Limit SCIM_READS = new Limit("scim-reads", 1000, 1000);
  static final Limit TIER_4 = new Limit("tier4", 100, 100);
  static final Limit TIER_3 = new Limit("tier3", 50, 50);

  private PublishedLimits() {}

  public static List<Limit> forScim(String httpMethod, boolean usersResource) {
    if ("GET".equals(httpMethod)) {
      return List.of(SCIM_READS);
    }
    return usersResource ? List.of(SCIM_USER_WRITES, SCIM_WRITES) : List.of(SCIM_WRITES);
  }

  public static List<Limit> forMethod(String method) {
    return switch (method) {
      case "users.info" -> List.of(TIER_4);
      case "team.billing.info", "team.info" -> List.of(TIER_3);
      default -> List.of();
    };
  }
}
