package com.slackadmin.connections.slack.entity;

import java.util.Set;

/**
 * Slack refused or could not be reached. {@link #error()} is Slack's own error code (such as
 * {@code invalid_auth}) or one of ours for transport failures ({@code slack_unreachable}, {@code slack_timeout},
 * {@code invalid_response}, {@code slack_server_error}, {@code ratelimited}); the message never contains a token.
 */
public class SlackException extends RuntimeException {

  private static final Set<String> TOKEN_GONE = Set.of(
      "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "invalid_refresh_token");

  private final String error;
  private final Integer retryAfterSeconds;

  public SlackException(String error, String message) {
    this(error, message, null);
  }

  public SlackException(String error, String message, Integer retryAfterSeconds) {
    super(message);
    this.error = error;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public String error() {
    return error;
  }

  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Slack no longer accepts the token: only a new authorization helps. */
  public boolean tokenGone() {
    return TOKEN_GONE.contains(error);
  }

  /** Slack was busy, unreachable, or gave no usable answer: trying again later may work. */
  public boolean transientFailure() {
    return "ratelimited".equals(error) || this instanceof SlackUnavailableException;
  }
}
