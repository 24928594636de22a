package com.slackadmin.connections.sandbox.entity;

import java.util.Arrays;

/** Plans as {@code team.billing.info} names them. */
public enum Plan {
  FREE("free", "Free"),
  PRO("std", "Pro"),
  BUSINESS_PLUS("plus", "Business+"),
  ENTERPRISE("enterprise", "Enterprise Grid"),
  COMPLIANCE("compliance", "Enterprise Grid (compliance)");

  private final String slackName;
  private final String label;

  Plan(String slackName, String label) {
    this.slackName = slackName;
    this.label = label;
  }

  public String slackName() {
    return slackName;
  }

  public String label() {
    return label;
  }

  /** SCIM exists on Business+ and Enterprise Grid only. */
  public boolean hasScim() {
    return this == BUSINESS_PLUS || this == ENTERPRISE || this == COMPLIANCE;
  }

  public static Plan fromSlackName(String name) {
    return Arrays.stream(values())
        .filter(p -> p.slackName.equals(name) || p.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown plan " + name));
  }
}
