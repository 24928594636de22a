package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.notification.entity.EventKind;
import java.time.Instant;

/**
 * Something to tell people about, as the notifications see it whatever fired it: a connection's status change, a
 * refused token refresh, a bulk run that finished or paused. Holds no token: what reaches people is built from it.
 *
 * @param kind what happened
 * @param connectionId the connection concerned (it may be gone since)
 * @param nickname its nickname at the time
 * @param slackOrganisation its Slack org or workspace, if known
 * @param status the connection's status now (a status change, a refused refresh), else null
 * @param previousStatus the status before, else null
 * @param reason why, in the words the Connections page shows, else null
 * @param slackError Slack's error code, if Slack's answer caused it
 * @param by who or what caused it: a console username, or the system's name
 * @param summary for a bulk run: which run and its counts
 * @param at when it happened
 * @param bulkRunId the bulk run it is about, else null
 */
public record Occurrence(
    EventKind kind,
    Long connectionId,
    String nickname,
    String slackOrganisation,
    String status,
    String previousStatus,
    String reason,
    String slackError,
    String by,
    String summary,
    Instant at,
    Long bulkRunId) {

  /** Not about a bulk run. */
  public Occurrence(EventKind kind, Long connectionId, String nickname, String slackOrganisation, String status,
      String previousStatus, String reason, String slackError, String by, String summary, Instant at) {
    this(kind, connectionId, nickname, slackOrganisation, status, previousStatus, reason, slackError, by, summary, at,
        null);
  }
}
