package com.slackadmin.connections.account.control;

/** A request about console users that the rules refuse; the message is meant for the person asking. */
public class AccountException extends RuntimeException {

  private final String field;

  public AccountException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field the message is about, or null when it concerns the whole request. */
  public String getField() {
    return field;
  }
}
