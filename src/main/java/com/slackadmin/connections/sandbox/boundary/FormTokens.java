package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.Ids;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The sandbox's guard for its own forms (sign-in, consent, the control page), as the console's forms are
 * guarded by Krazo: a random token in a cookie only this site's pages can read, repeated in a hidden field of
 * every form. Another site can make a browser post a form, but cannot know the token to put in it.
 */
final class FormTokens {

  /** The request attribute the pages put into their forms' hidden field. */
  static final String ATTRIBUTE = "sandboxCsrf";
  static final String FIELD = "sandbox_csrf";
  private static final String COOKIE = "sandbox_csrf";

  private FormTokens() {}

  /** This browser's token, issued with a cookie on its first request, and shown to the pages. */
  static String issue(HttpServletRequest request, HttpServletResponse response) {
    String token = presented(request);
    if (token == null) {
      token = Ids.secret(24);
      response.addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/sandbox; HttpOnly; SameSite=Strict"
          + (SandboxConfig.publicUrl().startsWith("https://") ? "; Secure" : ""));
    }
    request.setAttribute(ATTRIBUTE, token);
    return token;
  }

  /** Whether a form post carries this browser's token. */
  static boolean carried(HttpServletRequest request) {
    String cookie = presented(request);
    String field = request.getParameter(FIELD);
    return cookie != null && field != null
        && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
  }

  private static String presented(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{16,64}")) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }
}
