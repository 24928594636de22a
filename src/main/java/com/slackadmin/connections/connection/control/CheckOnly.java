package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess.Action;

/**
 * A use that is the gate's check and nothing else, plan included: a person's Test ({@code tested}) and the health
 * sweep's check ({@code health_check}) differ only in what the audit trail calls them.
 */
record CheckOnly(String action) implements UseGate.Use<VerifiedConnection> {

  @Override
  public Action access() {
    return Action.TEST;
  }

  @Override
  public boolean checksPlan() {
    return true;
  }

  @Override
  public VerifiedConnection run(VerifiedConnection connection) {
    return connection;
  }
}
