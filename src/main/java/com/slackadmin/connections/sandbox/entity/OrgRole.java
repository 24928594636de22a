package com.slackadmin.connections.sandbox.entity;

import java.util.Locale;

/** A person's role across an Enterprise Grid org, shown by Slack in {@code users.info -> enterprise_user}. */
public enum OrgRole {
  PRIMARY_OWNER(4, "Org Primary Owner"),
  OWNER(3, "Org Owner"),
  ADMIN(2, "Org Admin"),
  MEMBER(1, "Org Member");

  private final int rank;
  private final String label;

  OrgRole(int rank, String label) {
    this.rank = rank;
    this.label = label;
  }

  public int rank() {
    return rank;
  }

  public String label() {
    return label;
  }

  public boolean isAdmin() {
    return rank >= ADMIN.rank;
  }

  public boolean isOwner() {
    return rank >= OWNER.rank;
  }

  public boolean isPrimaryOwner() {
    return this == PRIMARY_OWNER;
  }

  public static OrgRole parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
  }
}
