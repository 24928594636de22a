package com.slackadmin.connections.account.control;

/** The first ADMIN exists: the setup page no longer exists either. */
public class SetupAlreadyDoneException extends RuntimeException {
  public SetupAlreadyDoneException() {
    super("The console is already set up");
  }
}
