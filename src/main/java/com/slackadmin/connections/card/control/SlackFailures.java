package com.slackadmin.connections.card.control;

import com.slackadmin.connections.card.entity.CardFailure;
import com.slackadmin.connections.card.entity.CardOutcome;
import com.slackadmin.connections.slack.entity.ScimRefusal;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;

/**
 * Slack's refusals and failures as card failures, in plain words: a refusal of Slack's is {@code slack_error}
 * with Slack's {@code detail}; a rate limit that outlasted our retries {@code rate_limited}; no answer,
 * a 5xx or an unreadable answer {@code slack_unavailable}. None of these changes the connection's status.
 */
final class SlackFailures {

  private SlackFailures() {}

  static CardFailure of(SlackException failed) {
    if ("ratelimited".equals(failed.error())) {
      return new CardFailure(CardOutcome.RATE_LIMITED, failed.getMessage(), failed.error(), 429,
          failed.retryAfterSeconds(), null);
    }
    if (failed instanceof SlackUnavailableException) {
      return new CardFailure(CardOutcome.SLACK_UNAVAILABLE, failed.getMessage() + " Nothing was changed on our "
          + "side; try again later.", failed.error(), null, null, null);
    }
    if (failed instanceof ScimRefusal refusal) {
      String detail = refusal.detail() == null || refusal.detail().isBlank() ? refusal.error() : refusal.detail();
      return new CardFailure(CardOutcome.SLACK_ERROR, failed.getMessage(), detail, refusal.httpStatus(), null, null);
    }
    return new CardFailure(CardOutcome.SLACK_ERROR, failed.getMessage(), failed.error(), null, null, null);
  }
}
