package com.slackadmin.connections.notification.entity;

/** What a notification is about; {@link #type()} is the {@code type} of its webhook payload. */
public enum EventKind {
  /** A connection's status changed, to or from ACTIVE. */
  STATUS_CHANGED("connection.status_changed"),
  /** Slack refused to renew a connection's rotating token: it needs reauthorizing. */
  TOKEN_REFRESH_FAILED("connection.token_refresh_failed"),
  /** A bulk run went through all its rows. */
  BULK_RUN_FINISHED("bulk_run.finished"),
  /** A bulk run paused (by someone, or because its connection may no longer be used). */
  BULK_RUN_PAUSED("bulk_run.paused"),
  /** An ADMIN's test of a webhook: sent to that webhook only, told to no one. */
  WEBHOOK_TEST("webhook.test");

  private final String type;

  EventKind(String type) {
    this.type = type;
  }

  public String type() {
    return type;
  }
}
