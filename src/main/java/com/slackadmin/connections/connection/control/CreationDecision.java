package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.InstallLevel;

/**
 * The outcome of the creation rules: allowed, with where the app is installed and the role that allowed
 * it, or refused with a message that says what Slack reported and what would work instead.
 */
public record CreationDecision(boolean allowed, InstallLevel installLevel, String roleLabel, String refusal) {

  static CreationDecision allow(InstallLevel level, String roleLabel) {
    return new CreationDecision(true, level, roleLabel, null);
  }

  static CreationDecision refuse(String refusal) {
    return new CreationDecision(false, null, null, refusal);
  }
}
