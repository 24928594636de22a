package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.SlackAuthorisation;
import com.slackadmin.connections.slack.entity.SlackGrant;
import com.slackadmin.connections.slack.entity.SlackIdentity;

/** An authorization the creation rules allowed: who, on which plan, and the decision. */
record Authorised(SlackIdentity who, String plan, CreationDecision decision) {

  SlackAuthorisation asAuthorisation(SlackGrant grant) {
    return new SlackAuthorisation(grant.enterpriseId(), grant.enterpriseName(), grant.teamId(), grant.teamName(), plan,
        decision.installLevel(), who.userId(), who.name(), who.email(), decision.roleLabel(), grant.scope());
  }
}
