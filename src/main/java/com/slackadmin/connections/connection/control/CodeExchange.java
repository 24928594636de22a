package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.slack.entity.SlackGrant;

/**
 * Trades the authorization code Slack sent back for a grant. The boundary provides it (it holds the HTTP
 * request the OAuth client needs); {@link ConnectionAuthorizations} decides whether and when to call it: only
 * after the state was accepted and Slack reported no error.
 */
@FunctionalInterface
public interface CodeExchange {

  /** @throws com.slackadmin.connections.slack.entity.SlackException when Slack refuses the code or is unreachable */
  SlackGrant exchange(String code);
}
