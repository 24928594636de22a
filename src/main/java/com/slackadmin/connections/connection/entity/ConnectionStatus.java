package com.slackadmin.connections.connection.entity;

/** Whether a connection can be used now, and if not, what the user has to do. */
public enum ConnectionStatus {
  /** The authorising account was an Owner or Admin at the last check and Slack accepts the token. */
  ACTIVE("Active"),
  /** The authorising account is no longer an Owner or Admin; restoring the role makes it usable again. */
  PERMISSION_LOST("Permission lost"),
  /** Slack no longer accepts the token (revoked, expired, account deactivated): reauthorize. */
  REAUTHORIZATION_REQUIRED("Reauthorization required");

  private final String label;

  ConnectionStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
