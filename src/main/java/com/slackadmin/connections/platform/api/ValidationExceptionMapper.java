package com.slackadmin.connections.platform.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of API inputs. Needed beside {@link ApiExceptionMapper}: the JAX-RS runtime
 * brings its own mapper for this type, which would otherwise win over a mapper of {@code Throwable}.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException invalid) {
    return new ApiExceptionMapper().toResponse(invalid);
  }
}
