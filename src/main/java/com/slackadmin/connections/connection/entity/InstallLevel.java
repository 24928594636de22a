package com.slackadmin.connections.connection.entity;

/** Where the Slack app was installed when the connection was authorised. */
public enum InstallLevel {
  /** Org-wide install on Enterprise Grid: SCIM operations cover the whole organisation. */
  ORG("Organisation"),
  /** Install on one standalone workspace. */
  WORKSPACE("Workspace");

  private final String label;

  InstallLevel(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
