package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.connection.control.ConnectionNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A connection the user may not see is one that does not exist: 404, and the friendly error page. */
@Provider
public class ConnectionNotFoundMapper implements ExceptionMapper<ConnectionNotFoundException> {
  @Override
  public Response toResponse(ConnectionNotFoundException exception) {
    return Response.status(Response.Status.NOT_FOUND).build();
  }
}
