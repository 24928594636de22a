package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.platform.WebBoundary;
import java.util.Set;

/** The connection feature's console pages and JSON resources. */
public class ConnectionWebBoundary implements WebBoundary {

  @Override
  public Set<Class<?>> controllers() {
    return Set.of(ConnectionsController.class, ConnectionController.class, ConnectionAuditController.class,
        TeammateConnectionsController.class);
  }

  @Override
  public Set<Class<?>> resources() {
    return Set.of(ConnectionsResource.class, ConnectionTestResource.class, ConnectionAuditResource.class);
  }
}
