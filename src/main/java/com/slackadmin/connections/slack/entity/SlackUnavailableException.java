package com.slackadmin.connections.slack.entity;

/** Slack answered 5xx, malformed data, or not at all: worth one more try, then a clear message. */
public class SlackUnavailableException extends SlackException {
  public SlackUnavailableException(String error, String message) {
    super(error, message);
  }
}
