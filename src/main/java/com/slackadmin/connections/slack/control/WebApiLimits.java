package com.slackadmin.connections.slack.control;

import com.slackadmin.connections.slack.control.ScimLimits.Limit;
import java.util.Map;

/**
 * Slack's published Web API rate tiers (docs.slack.dev/apis/web-api/rate-limits) for the methods background
 * work calls: each method has its own budget per workspace and app, {@code users.info} Tier 4 (100+ a minute),
 * {@code team.billing.info} Tier 3 (50+ a minute). The bursts are ours: Slack tolerates "occasional bursts"
 * without a number, so a tenth of a minute's calls. A method not listed counts as Tier 2 (20+ a minute), the
 * most cautious tier a method of ours has. Pure.
 */
public final class WebApiLimits {

  static final Limit TIER_2 = new Limit("tier-2", 20, 2);
  static final Limit TIER_3 = new Limit("tier-3", 50, 5);
  static final Limit TIER_4 = new Limit("tier-4", 100, 10);

  private static final Map<String, Limit> TIERS = Map.of("users.info", TIER_4, "team.billing.info", TIER_3,
      "users.list", TIER_2, "auth.teams.list", TIER_2);

  private WebApiLimits() {}

  /** The limit of {@code method}, named after it: every method has a bucket of its own. */
  public static Limit of(String method) {
    Limit tier = TIERS.getOrDefault(method, TIER_2);
    return new Limit("web:" + method, tier.perMinute(), tier.burst());
  }
}
