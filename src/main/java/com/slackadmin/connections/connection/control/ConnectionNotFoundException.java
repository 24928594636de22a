package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.NotVisibleException;

/** No such connection, or one the user may not see: both answer 404 so nothing hints that it exists. */
public class ConnectionNotFoundException extends NotVisibleException {

  public ConnectionNotFoundException(long id) {
    super("There is no connection " + id + ", or you may not see it.");
  }
}
