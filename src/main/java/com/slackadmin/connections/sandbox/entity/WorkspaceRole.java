package com.slackadmin.connections.sandbox.entity;

import java.util.Locale;

/**
 * A person's role in a workspace, ranked as Slack ranks them: Primary Owner > Owner > Admin > Member > Guest.
 * Both kinds of guest rank lowest; Slack tells them apart by {@code is_restricted} (multi-channel) and
 * {@code is_ultra_restricted} (single-channel).
 */
public enum WorkspaceRole {
  PRIMARY_OWNER(4, "Primary Owner"),
  OWNER(3, "Owner"),
  ADMIN(2, "Admin"),
  MEMBER(1, "Member"),
  GUEST(0, "Multi-channel guest"),
  SINGLE_CHANNEL_GUEST(0, "Single-channel guest");

  private final int rank;
  private final String label;

  WorkspaceRole(int rank, String label) {
    this.rank = rank;
    this.label = label;
  }

  public int rank() {
    return rank;
  }

  public String label() {
    return label;
  }

  /** Owners carry {@code is_admin: true} too, as in real Slack. */
  public boolean isAdmin() {
    return rank >= ADMIN.rank;
  }

  public boolean isOwner() {
    return rank >= OWNER.rank;
  }

  public boolean isPrimaryOwner() {
    return this == PRIMARY_OWNER;
  }

  public boolean isRestricted() {
    return this == GUEST || this == SINGLE_CHANNEL_GUEST;
  }

  public boolean isUltraRestricted() {
    return this == SINGLE_CHANNEL_GUEST;
  }

  public static WorkspaceRole parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
  }
}
