package com.slackadmin.connections.sandbox.entity;

/** A workspace; {@code enterpriseId} is set when it belongs to a Grid org. The plan can be changed. */
public final class Workspace {

  private final String id;
  private final String name;
  private final String domain;
  private final String enterpriseId;
  private volatile Plan plan;

  public Workspace(String id, String name, String domain, Plan plan, String enterpriseId) {
    this.id = id;
    this.name = name;
    this.domain = domain;
    this.plan = plan;
    this.enterpriseId = enterpriseId;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDomain() {
    return domain;
  }

  public String getEnterpriseId() {
    return enterpriseId;
  }

  public boolean isInGrid() {
    return enterpriseId != null;
  }

  public Plan getPlan() {
    return plan;
  }

  public void setPlan(Plan plan) {
    this.plan = plan;
  }
}
