package com.slackadmin.connections.sandbox.entity;

import java.time.Instant;
import java.util.List;

/**
 * A Slack account. Grid people ({@code W…} ids) carry an org role besides their workspace role and may be in
 * several workspaces; other people ({@code U…}) are in one. Mutable, because the control page and SCIM change
 * people; callers hold the world's lock while they do.
 */
public final class Person {

  private final String id;
  private final String enterpriseId;
  private final Instant created;
  private List<String> teamIds;
  private String userName;
  private String email;
  private String givenName;
  private String familyName;
  private String displayName;
  private String title;
  private WorkspaceRole role;
  private OrgRole orgRole;
  private boolean active = true;
  private Instant updated;

  public Person(String id, String enterpriseId, List<String> teamIds, String userName, String email,
      String givenName, String familyName, WorkspaceRole role, OrgRole orgRole, Instant created) {
    this.id = id;
    this.enterpriseId = enterpriseId;
    this.teamIds = List.copyOf(teamIds);
    this.userName = userName;
    this.email = email;
    this.givenName = givenName;
    this.familyName = familyName;
    this.displayName = givenName;
    this.title = "";
    this.role = role;
    this.orgRole = enterpriseId == null ? null : orgRole == null ? OrgRole.MEMBER : orgRole;
    this.created = created;
    this.updated = created;
  }

  /** Where this person stands, the higher of the workspace role and the org role: for the SCIM hierarchy. */
  public int rank() {
    return Math.max(role.rank(), orgRole == null ? 0 : orgRole.rank());
  }

  public String getRealName() {
    return (givenName + " " + familyName).trim();
  }

  /** What the control page shows: the workspace role, and the org role for Grid people. */
  public String getRoleLabel() {
    return orgRole == null ? role.label() : role.label() + " · " + orgRole.label();
  }

  public boolean isInGrid() {
    return enterpriseId != null;
  }

  public boolean isInTeam(String teamId) {
    return teamIds.contains(teamId);
  }

  public String getHomeTeamId() {
    return teamIds.isEmpty() ? null : teamIds.get(0);
  }

  public String getId() { return id; }
  public String getEnterpriseId() { return enterpriseId; }
  public Instant getCreated() { return created; }
  public List<String> getTeamIds() { return teamIds; }
  public void setTeamIds(List<String> teamIds) { this.teamIds = List.copyOf(teamIds); }
  public String getUserName() { return userName; }
  public void setUserName(String userName) { this.userName = userName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getGivenName() { return givenName; }
  public void setGivenName(String givenName) { this.givenName = givenName; }
  public String getFamilyName() { return familyName; }
  public void setFamilyName(String familyName) { this.familyName = familyName; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public WorkspaceRole getRole() { return role; }
  public void setRole(WorkspaceRole role) { this.role = role; }
  public OrgRole getOrgRole() { return orgRole; }
  public void setOrgRole(OrgRole orgRole) { this.orgRole = enterpriseId == null ? null : orgRole; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public Instant getUpdated() { return updated; }
  public void touch(Instant when) { this.updated = when; }
}
