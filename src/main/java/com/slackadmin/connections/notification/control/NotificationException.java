package com.slackadmin.connections.notification.control;

/** A request about notifications or webhooks that is refused; the message is meant for the person asking. */
public class NotificationException extends RuntimeException {

  private final String field;

  public NotificationException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field the message is about, or null when it concerns the whole request. */
  public String getField() {
    return field;
  }
}
