package com.slackadmin.connections.account.control;

/** The signed-in user's role does not allow the request. Rendered as 403. */
public class NotPermittedException extends RuntimeException {
  public NotPermittedException(String message) {
    super(message);
  }
}
