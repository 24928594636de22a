package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.NotVisibleException;

/** No such connection, or one the user may not see: both answer 404 so nothing hints that it exists. */
public class ConnectionNotFoundException extends NotVisibleException {

  public ConnectionNotFoundException() {
    super("There is no such connection, or you may not see it.");
  }
}
