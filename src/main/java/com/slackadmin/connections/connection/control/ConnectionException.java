package com.slackadmin.connections.connection.control;

/**
 * A connection request that cannot be done, with a message for the person who asked: what happened and
 * what to do. Never carries a token.
 */
public class ConnectionException extends RuntimeException {

  private final String field;
  private final String nickname;

  public ConnectionException(String message) {
    this(null, message, null);
  }

  /**
   * @param field the form field the message is about, or null
   * @param nickname the nickname to show again in the form, if the request came from it
   */
  public ConnectionException(String field, String message, String nickname) {
    super(message);
    this.field = field;
    this.nickname = nickname;
  }

  public String getField() {
    return field;
  }

  public String getNickname() {
    return nickname;
  }
}
