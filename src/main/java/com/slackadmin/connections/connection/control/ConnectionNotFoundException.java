package com.slackadmin.connections.connection.control;

/** No such connection, or one the user may not see: both answer 404 so nothing hints that it exists. */
public class ConnectionNotFoundException extends RuntimeException {
  public ConnectionNotFoundException() {
    super("No such connection");
  }
}
