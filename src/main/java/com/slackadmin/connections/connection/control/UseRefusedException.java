package com.slackadmin.connections.connection.control;

/**
 * A use of a connection refused by the retention rule ({@code permission_lost}) or because Slack no longer
 * accepts its token ({@code reauthorization_required}); the connection's status was updated accordingly.
 */
public class UseRefusedException extends ConnectionException {

  private final String code;
  private final String slackError;

  public UseRefusedException(String code, String message, String slackError) {
    super(message);
    this.code = code;
    this.slackError = slackError;
  }

  /** {@code permission_lost} or {@code reauthorization_required}. */
  public String code() {
    return code;
  }

  public String slackError() {
    return slackError;
  }
}
