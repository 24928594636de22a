package com.slackadmin.connections.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role that does not allow the request: 403, rendered by the friendly error page. */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermittedException> {

  @Override
  public Response toResponse(NotPermittedException exception) {
    return Response.status(Response.Status.FORBIDDEN).build();
  }
}
