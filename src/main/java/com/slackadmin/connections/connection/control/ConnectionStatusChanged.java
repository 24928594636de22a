package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.ConnectionStatus;

/**
 * A connection's status changed, or Slack refused to renew its token: fired by the use gate, the token refresher
 * and a reauthorization once the new status is stored, for whoever must tell people (the notifications).
 * Defined here so that features above this one observe it and this one knows nothing of them. Never carries a
 * token.
 *
 * @param connectionId the connection
 * @param nickname its nickname at the time
 * @param slackOrganisation the Slack org or workspace, as people name it
 * @param from the status before (null when unknown)
 * @param to the status now
 * @param reason why, in the words the Connections page shows; when back to ACTIVE, null, or how it came back
 * @param slackError Slack's error code, if Slack's answer caused it
 * @param by who caused the check: a console username, or the system's name for background work
 * @param cause what found it
 */
public record ConnectionStatusChanged(
    long connectionId,
    String nickname,
    String slackOrganisation,
    ConnectionStatus from,
    ConnectionStatus to,
    String reason,
    String slackError,
    String by,
    Cause cause) {

  /** What found the change. */
  public enum Cause {
    /** The check before a use (a person's Test or card run, a bulk run, the health sweep). */
    CHECK,
    /** Slack refused to refresh a rotating token: the connection needs reauthorizing. */
    TOKEN_REFRESH_REFUSED,
    /** Someone reauthorized a connection that needed attention: it works again. */
    REAUTHORIZED
  }
}
