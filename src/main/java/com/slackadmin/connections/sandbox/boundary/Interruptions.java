package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.CallGuard.Interruption;
import com.slackadmin.connections.sandbox.control.ScimError;
import com.slackadmin.connections.sandbox.control.SlackJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How a fault or a rate limit answers, in the Web API's and in SCIM's own way. Returns the HTTP status. */
final class Interruptions {

  private static final String BROKEN_JSON = "{\"ok\": tru";
  private static final String GATEWAY_PAGE = "<html><body><h1>500 Internal Server Error</h1></body></html>";

  private Interruptions() {}

  static int writeWebApi(HttpServletResponse response, Interruption interruption) throws IOException {
    return switch (interruption.kind()) {
      case RATE_LIMITED -> {
        response.setHeader("Retry-After", Long.toString(interruption.retryAfterSeconds()));
        HttpIo.writeJson(response, 429, SlackJson.error("ratelimited"));
        yield 429;
      }
      case MALFORMED -> {
        HttpIo.write(response, 200, "application/json; charset=utf-8", BROKEN_JSON);
        yield 200;
      }
      default -> serverError(response);
    };
  }

  static int writeScim(HttpServletResponse response, Interruption interruption) throws IOException {
    return switch (interruption.kind()) {
      case RATE_LIMITED -> {
        response.setHeader("Retry-After", Long.toString(interruption.retryAfterSeconds()));
        HttpIo.writeJson(response, 429, ScimError.body(429, "rate_limited: too many requests"));
        yield 429;
      }
      case MALFORMED -> {
        HttpIo.write(response, 200, "application/json; charset=utf-8", BROKEN_JSON);
        yield 200;
      }
      default -> serverError(response);
    };
  }

  private static int serverError(HttpServletResponse response) throws IOException {
    HttpIo.write(response, 500, "text/html; charset=utf-8", GATEWAY_PAGE);
    return 500;
  }
}
