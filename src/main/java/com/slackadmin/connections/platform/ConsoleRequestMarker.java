package com.slackadmin.connections.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks requests served by a console controller. The shared layout also renders plain JSP pages (privacy,
 * error pages) where Krazo's context, and so its CSRF token, does not exist; it checks this mark first. The
 * path asked for (such as {@code connections/7/audit}) lets the layout's menu mark the current section: the view
 * itself only sees its own JSP path, as Krazo hands it to the JSP servlet by name.
 */
@Provider
public class ConsoleRequestMarker implements ContainerRequestFilter {

  public static final String ATTRIBUTE = "consoleRequest";
  public static final String PATH_ATTRIBUTE = "consolePath";

  @Context
  HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    request.setAttribute(PATH_ATTRIBUTE, context.getUriInfo().getPath().replaceFirst("^/", ""));
  }
}
