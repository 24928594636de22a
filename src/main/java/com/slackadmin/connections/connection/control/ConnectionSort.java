package com.slackadmin.connections.connection.control;

/** The orders the Connections page offers. */
public enum ConnectionSort {
  NICKNAME("c.nicknameKey asc, c.id asc"),
  LAST_USED("c.lastUsedAt desc nulls last, c.nicknameKey asc, c.id asc");

  final String orderBy;

  ConnectionSort(String orderBy) {
    this.orderBy = orderBy;
  }

  public static ConnectionSort parse(String value) {
    return "lastUsed".equals(value) ? LAST_USED : NICKNAME;
  }

  public String getParameter() {
    return this == LAST_USED ? "lastUsed" : "nickname";
  }
}
