package com.slackadmin.connections.slack.entity;

import java.time.Duration;

/**
 * What a SCIM call is made with: the connection's token, the Slack org whose rate budget the call counts against
 * (Slack counts SCIM calls per org, for every app together), and how long the caller can wait for that budget.
 *
 * @param org the Grid enterprise id, or the team id of a workspace outside Grid
 */
public record ScimAccess(String token, String org, Duration patience) {

  /** A person is waiting for the answer: a call that would wait longer is refused as rate limited. */
  public static final Duration PERSON_PATIENCE = Duration.ofSeconds(10);

  public static ScimAccess forPerson(String token, String org) {
    return new ScimAccess(token, org, PERSON_PATIENCE);
  }

  @Override
  public String toString() {
    return "ScimAccess[org=" + org + ", patience=" + patience + "]"; // never the token
  }
}
