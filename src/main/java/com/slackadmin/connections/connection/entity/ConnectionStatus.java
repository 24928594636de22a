package com.slackadmin.connections.connection.entity;

import java.util.Set;

/** Whether a connection can be used now, and if not, what the user has to do. */
public enum ConnectionStatus {
  /** The authorising account was an Owner or Admin at the last check and Slack accepts the token. */
  ACTIVE("Active", "nothing."),
  /** The authorising account is no longer an Owner or Admin; restoring the role makes it usable again. */
  PERMISSION_LOST("Permission lost",
      "make the account an Owner or Admin in Slack again (or restore the workspace's plan), then Test the connection."),
  /** Slack no longer accepts the token (revoked, expired, account deactivated): reauthorize. */
  REAUTHORIZATION_REQUIRED("Reauthorization required", "its owner or an ADMIN reauthorizes it on its page.");

  /** The statuses of connections that need someone to act before they can be used again. */
  public static final Set<ConnectionStatus> NEEDING_ATTENTION = Set.of(PERMISSION_LOST, REAUTHORIZATION_REQUIRED);

  private final String label;
  private final String whatToDo;

  ConnectionStatus(String label, String whatToDo) {
    this.label = label;
    this.whatToDo = whatToDo;
  }

  /** What a person does to make a connection of this status usable again. */
  public String getWhatToDo() {
    return whatToDo;
  }

  public String getLabel() {
    return label;
  }
}
