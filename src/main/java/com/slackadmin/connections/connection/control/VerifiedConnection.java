package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.entity.ScimAccess;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.time.Duration;

/**
 * A connection whose account Slack just confirmed as an Owner or Admin, with the token to use now and the
 * account's current rank (for the hierarchy rule). Holds a secret: {@link #toString()} does not print it.
 */
public record VerifiedConnection(SlackConnection connection, String accessToken, SlackRole currentRole) {

  /** For SCIM calls a person waits for. */
  public ScimAccess scimAccess() {
    return ScimAccess.forPerson(accessToken, connection.scimOrg());
  }

  /** For SCIM calls of background work, which can wait {@code patience} for the org's rate budget. */
  public ScimAccess scimAccess(Duration patience) {
    return new ScimAccess(accessToken, connection.scimOrg(), patience);
  }

  @Override
  public String toString() {
    return "VerifiedConnection[" + connection.getId() + ", " + currentRole + "]";
  }
}
