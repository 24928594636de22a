package com.slackadmin.connections.connection.control;

/**
 * An authorization that came back from Slack and created nothing: the message for the form, the nickname
 * to show again, for a reauthorization the connection it was for, and where the person was going afterwards.
 */
public class AuthorizationFailedException extends ConnectionException {

  private final Long reauthorizeConnectionId;

  private final String returnTo;

  public AuthorizationFailedException(String message, String nickname, Long reauthorizeConnectionId) {
    this(message, nickname, reauthorizeConnectionId, null);
  }

  AuthorizationFailedException(String message, PendingAuthorizations.Pending started) {
    this(message, started.nickname(), started.reauthorizeConnectionId(), started.returnTo());
  }

  private AuthorizationFailedException(String message, String nickname, Long reauthorizeConnectionId,
      String returnTo) {
    super("nickname", message, nickname);
    this.reauthorizeConnectionId = reauthorizeConnectionId;
    this.returnTo = returnTo;
  }

  public Long getReauthorizeConnectionId() {
    return reauthorizeConnectionId;
  }

  /** Where the person was going once the connection existed, to offer again with the form; or null. */
  public String getReturnTo() {
    return returnTo;
  }
}
