package com.slackadmin.connections.slack.entity;

/**
 * A change was sent to Slack, but its answer did not come back in time, broke off, or could not be read: Slack
 * may or may not have made the change. Never retried, since sending a change twice could make it twice.
 */
public class SlackOutcomeUnknownException extends SlackException {
  public SlackOutcomeUnknownException(String error, String message) {
    super(error, message);
  }
}
