package com.slackadmin.connections.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks requests served by a console controller. The shared layout also renders plain JSP pages (privacy,
 * error pages) where Krazo's context, and so its CSRF token, does not exist; it checks this mark first.
 */
@Provider
public class ConsoleRequestMarker implements ContainerRequestFilter {

  public static final String ATTRIBUTE = "consoleRequest";

  @Context
  HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    request.setAttribute(ATTRIBUTE, Boolean.TRUE);
  }
}
