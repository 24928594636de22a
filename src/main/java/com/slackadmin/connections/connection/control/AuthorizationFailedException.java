package com.slackadmin.connections.connection.control;

/**
 * An authorization that came back from Slack and created nothing: the message for the form, the nickname
 * to show again, and, for a reauthorization, the connection it was for.
 */
public class AuthorizationFailedException extends ConnectionException {

  private final Long reauthorizeConnectionId;

  public AuthorizationFailedException(String message, String nickname, Long reauthorizeConnectionId) {
    super("nickname", message, nickname);
    this.reauthorizeConnectionId = reauthorizeConnectionId;
  }

  public Long getReauthorizeConnectionId() {
    return reauthorizeConnectionId;
  }
}
