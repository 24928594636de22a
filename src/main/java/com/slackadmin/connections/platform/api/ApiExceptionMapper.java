package com.slackadmin.connections.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception of the JSON API, expected or not, as a JSON {@link com.slackadmin.connections.platform.api.ApiError}
 * (see {@link ApiErrors} for the table). Unexpected ones are logged with their incident id; the caller sees
 * neither a stack trace nor the exception's message.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    ApiErrors.Failure failure = ApiErrors.of(thrown);
    if (failure.isInternal()) {
      LOG.log(Level.SEVERE, thrown, () -> "JSON API incident " + failure.incident());
    }
    Response.ResponseBuilder response =
        Response.status(failure.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(failure.error());
    Object retryAfter = failure.error().details().get("retryAfterSeconds");
    if (retryAfter != null) {
      response.header("Retry-After", retryAfter.toString());
    }
    return response.build();
  }
}
