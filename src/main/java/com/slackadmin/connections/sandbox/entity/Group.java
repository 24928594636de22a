package com.slackadmin.connections.sandbox.entity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A SCIM group (a Slack user group). {@code ownerId} is the Grid org or the workspace it belongs to, which
 * decides which tokens see it.
 */
public final class Group {

  private final String id;
  private final String ownerId;
  private final Instant created;
  private final Set<String> memberIds = new LinkedHashSet<>();
  private String displayName;

  public Group(String id, String ownerId, String displayName, Instant created) {
    this.id = id;
    this.ownerId = ownerId;
    this.displayName = displayName;
    this.created = created;
  }

  public String getId() { return id; }
  public String getOwnerId() { return ownerId; }
  public Instant getCreated() { return created; }
  public Set<String> getMemberIds() { return memberIds; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
}
