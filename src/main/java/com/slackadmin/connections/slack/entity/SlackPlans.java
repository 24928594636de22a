package com.slackadmin.connections.slack.entity;

import java.util.Map;

/** Slack's plan codes ({@code team.billing.info}) as people know the plans. */
public final class SlackPlans {

  private static final Map<String, String> NAMES = Map.of(
      "free", "Free", "std", "Pro", "plus", "Business+", "enterprise", "Enterprise Grid",
      "compliance", "Enterprise Grid (compliance)");

  private SlackPlans() {}

  public static String name(String plan) {
    return plan == null ? "unknown" : NAMES.getOrDefault(plan, plan);
  }
}
