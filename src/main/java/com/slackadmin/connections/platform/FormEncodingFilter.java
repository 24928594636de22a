package com.slackadmin.connections.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

/**
 * Refuses a console form whose body has a broken percent-escape ({@code username=%zz}) with 400, and one in a
 * charset Java does not know with 415; the friendly error page renders both. Krazo decodes every form before
 * any controller (to find a {@code _method} override and the CSRF token) and fails with a 500 on either; this
 * filter runs before Krazo's.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class FormEncodingFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!HttpMethod.POST.equals(request.getMethod()) || request.getMediaType() == null
        || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
      return;
    }
    if (!isKnownCharset(request.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER))) {
      request.abortWith(Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build());
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    if (!isWellEncoded(body)) {
      request.abortWith(Response.status(Response.Status.BAD_REQUEST).build());
    }
  }

  /** No charset (UTF-8 then) or one this Java knows; Krazo fails with a 500 on any other. */
  static boolean isKnownCharset(String charset) {
    try {
      return charset == null || Charset.isSupported(charset);
    } catch (IllegalCharsetNameException badName) {
      return false;
    }
  }

  /** Whether every {@code %} starts an escape of two hexadecimal digits, as URL decoding requires. */
  static boolean isWellEncoded(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] == '%') {
        if (i + 2 >= body.length || !isHex(body[i + 1]) || !isHex(body[i + 2])) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }
}
