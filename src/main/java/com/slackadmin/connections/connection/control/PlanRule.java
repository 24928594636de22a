package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.slack.entity.SlackPlans;
import java.util.Optional;

/**
 * A standalone workspace connection stays usable only on a plan with the SCIM admin API (Business+ or an
 * enterprise plan), the same plans {@link CreationRules} allow: a workspace downgraded to Pro or Free loses it.
 * Grid connections are not asked (their plan is the org's). Pure.
 */
public final class PlanRule {

  private PlanRule() {}

  /** Why the connection may no longer be used, or empty while the plan qualifies. */
  public static Optional<String> planLost(String plan) {
    if (plan != null && CreationRules.ALLOWED_PLANS.contains(plan)) {
      return Optional.empty();
    }
    return Optional.of("Slack now reports this workspace on the " + SlackPlans.name(plan) + " plan, which has no "
        + "SCIM admin API; Business+ or Enterprise Grid is required. Upgrade the workspace, then Test the connection.");
  }
}
