package com.slackadmin.connections.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives cookies the console sets without a path the application's root path, and without SameSite the value
 * {@code Lax}, as the session cookie has.
 *
 * <p>Krazo's flash cookie (see {@link Flash}) takes the context path as its path, which is empty when the
 * application runs at {@code /}; browsers then scope it to the folder of the POST's address. A POST to
 * {@code /app/tokens/5/revoke} that redirects to {@code /app/tokens} would lose its flash message. Krazo sets
 * no SameSite either; Payara sends a cookie's attributes as they are.
 */
@WebFilter(urlPatterns = "/app/*")
public class CookiePathFilter extends HttpFilter {

  static final String SAME_SITE = "SameSite";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String root = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void addCookie(Cookie cookie) {
        if (cookie.getPath() == null || cookie.getPath().isEmpty()) {
          cookie.setPath(root);
        }
        if (cookie.getAttribute(SAME_SITE) == null) {
          cookie.setAttribute(SAME_SITE, "Lax");
        }
        super.addCookie(cookie);
      }
    });
  }
}
