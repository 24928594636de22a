package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.connection.entity.ConnectionStatus;

/**
 * What people read about an occurrence: a title for the list, the header and an email's subject, and the detail
 * below it. Built only from names, statuses and the reasons the Connections page shows, never from a token. Pure.
 */
public final class NotificationText {

  static final int MAX_DETAIL = 2000;

  private NotificationText() {}

  public static String title(Occurrence o) {
    String name = "\u201c" + o.nickname() + "\u201d";
    return switch (o.kind()) {
      case STATUS_CHANGED -> ConnectionStatus.ACTIVE.name().equals(o.status()) ? name + " works again"
          : name + " needs attention: " + label(o.status());
      case TOKEN_REFRESH_FAILED -> name + ": Slack refused to renew its token";
      case BULK_RUN_FINISHED -> "A bulk run with " + name + " finished";
      case BULK_RUN_PAUSED -> "A bulk run with " + name + " paused";
      case WEBHOOK_TEST -> "A test event";
    };
  }

  public static String detail(Occurrence o) {
    String text = switch (o.kind()) {
      case STATUS_CHANGED -> ConnectionStatus.ACTIVE.name().equals(o.status())
          ? "Slack confirmed its account again" + was(o) + "; it can be used."
              + (o.reason() == null ? foundBy(o) : " " + o.reason())
          : o.reason() + foundBy(o);
      case TOKEN_REFRESH_FAILED -> o.reason() + foundBy(o);
      case BULK_RUN_FINISHED, BULK_RUN_PAUSED -> o.summary();
      case WEBHOOK_TEST -> "Sent by " + o.by() + " to try the webhook; nothing happened to any connection.";
    };
    return text == null || text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "\u2026";
  }

  /** The status as the Connections page names it. */
  static String label(String status) {
    try {
      return ConnectionStatus.valueOf(status).getLabel();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return String.valueOf(status);
    }
  }

  private static String was(Occurrence o) {
    return o.previousStatus() == null ? "" : " (it was " + label(o.previousStatus()) + ")";
  }

  private static String foundBy(Occurrence o) {
    return o.by() == null ? "" : " Found by " + o.by() + ".";
  }
}
