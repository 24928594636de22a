package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.entity.SlackRole;

/**
 * A connection whose account Slack just confirmed as an Owner or Admin, with the token to use now and the
 * account's current rank (for the hierarchy rule). Holds a secret: {@link #toString()} does not print it.
 */
public record VerifiedConnection(SlackConnection connection, String accessToken, SlackRole currentRole) {

  @Override
  public String toString() {
    return "VerifiedConnection[" + connection.getId() + ", " + currentRole + "]";
  }
}
