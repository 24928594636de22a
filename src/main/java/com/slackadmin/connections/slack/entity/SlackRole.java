package com.slackadmin.connections.slack.entity;

/**
 * A Slack account's role, highest first. The order is the hierarchy of the spec: a connection may change
 * only accounts of the same or a lower rank than its own account.
 */
public enum SlackRole {
  PRIMARY_OWNER("Primary Owner"),
  OWNER("Owner"),
  ADMIN("Admin"),
  MEMBER("Member"),
  GUEST("Guest");

  private final String label;

  SlackRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True when this role may change an account holding {@code target}: same rank or lower. */
  public boolean mayChange(SlackRole target) {
    return target.ordinal() >= ordinal();
  }

  public boolean isOwnerOrAdmin() {
    return this == PRIMARY_OWNER || this == OWNER || this == ADMIN;
  }

  /** The role Slack's workspace flags describe; owners also carry {@code is_admin} in Slack. */
  public static SlackRole ofWorkspaceFlags(boolean primaryOwner, boolean owner, boolean admin, boolean restricted,
      boolean ultraRestricted) {
    if (primaryOwner) {
      return PRIMARY_OWNER;
    }
    if (owner) {
      return OWNER;
    }
    if (admin) {
      return ADMIN;
    }
    return restricted || ultraRestricted ? GUEST : MEMBER;
  }

  /** The org-level role of {@code enterprise_user} on Enterprise Grid. */
  public static SlackRole ofOrgFlags(boolean primaryOwner, boolean owner, boolean admin) {
    if (primaryOwner) {
      return PRIMARY_OWNER;
    }
    if (owner) {
      return OWNER;
    }
    return admin ? ADMIN : MEMBER;
  }
}
