package com.slackadmin.connections.slack.control;

import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackOutcomeUnknownException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * A call to Slack that got no usable answer, worded by what is known: only when the connection itself failed
 * was nothing sent; after a timeout, or an answer that broke off or could not be parsed, a change may have
 * reached Slack, so its outcome is unknown.
 */
final class MissingAnswers {

  private MissingAnswers() {}

  /**
   * @param what the call as messages name it ({@code SCIM PATCH /Users/{id}}, {@code users.info})
   * @param changes whether the call asks Slack to change something
   */
  static SlackException of(String what, IOException broken, boolean changes) {
    if (broken instanceof ConnectException || broken instanceof UnknownHostException
        || broken instanceof NoRouteToHostException) {
      return new SlackUnavailableException("slack_unreachable", "Slack could not be reached for " + what + ".");
    }
    if (!(broken instanceof InterruptedIOException)) {
      // a body cut short, or one the SDK's JSON reader refused (Gson's MalformedJsonException is an IOException)
      return unreadable(what, changes);
    }
    String timedOut = "Slack did not answer " + what + " in time.";
    return changes ? new SlackOutcomeUnknownException("slack_timeout", timedOut)
        : new SlackUnavailableException("slack_timeout", timedOut);
  }

  static SlackException unreadable(String what, boolean changes) {
    String unread = "Slack's answer to " + what + " broke off or could not be read.";
    return changes ? new SlackOutcomeUnknownException("invalid_response", unread)
        : new SlackUnavailableException("invalid_response", unread);
  }
}
