package com.slackadmin.connections.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Something the user may not see is something that does not exist: 404, and the friendly error page. */
@Provider
public class NotVisibleMapper implements ExceptionMapper<NotVisibleException> {

  @Override
  public Response toResponse(NotVisibleException exception) {
    return Response.status(Response.Status.NOT_FOUND).build();
  }
}
