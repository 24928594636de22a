package com.slackadmin.connections.platform;

/**
 * The signed-in user's role does not allow the request, on something they may see. Rendered as 403 (in the
 * JSON API: {@code forbidden}).
 */
public class NotPermittedException extends RuntimeException {

  public NotPermittedException(String message) {
    super(message, null, false, false);
  }
}
