package com.slackadmin.connections.platform;

/**
 * There is no such thing, or the signed-in user may not see it: the two are never told apart, so that a
 * refusal reveals nothing about what others have. Rendered as 404.
 */
public class NotVisibleException extends RuntimeException {

  public NotVisibleException(String message) {
    super(message, null, false, false);
  }
}
