package com.slackadmin.connections.sandbox.boundary;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reading and writing the sandbox's HTTP: JSON bodies, parameters, cookies. */
final class HttpIo {

  static final String SESSION_COOKIE = "sandbox_session";

  private HttpIo() {}

  static String body(HttpServletRequest request) throws IOException {
    return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().contains("json");
  }

  /** Parses a JSON object body; null for an empty body; a {@link JsonException} for anything else. */
  static JsonObject jsonObject(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** Query and form parameters, first value each. */
  static Map<String, String> parameters(HttpServletRequest request) {
    Map<String, String> values = new HashMap<>();
    request.getParameterMap().forEach((name, list) -> values.put(name, list.length == 0 ? "" : list[0]));
    return values;
  }

  /** A JSON body's top-level values as strings, as Slack reads JSON arguments. */
  static Map<String, String> flatten(JsonObject json) {
    Map<String, String> values = new HashMap<>();
    if (json != null) {
      json.forEach((name, value) -> values.put(name, value instanceof JsonString s ? s.getString()
          : value.getValueType() == JsonValue.ValueType.NULL ? "" : value.toString()));
    }
    return values;
  }

  static void writeJson(HttpServletResponse response, int status, JsonObject body) throws IOException {
    write(response, status, "application/json; charset=utf-8", body.toString());
  }

  static void write(HttpServletResponse response, int status, String contentType, String body) throws IOException {
    response.setStatus(status);
    // Slack's exact header; setContentType would let the container rewrite it to its own spelling
    response.setHeader("Content-Type", contentType);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  static String sessionId(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (SESSION_COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  /** The sandbox's own sign-in cookie, apart from the console's session: signing out of one keeps the other. */
  static void setSessionCookie(HttpServletResponse response, String sessionId, boolean secure) {
    response.addHeader("Set-Cookie", SESSION_COOKIE + "=" + sessionId + "; Path=/sandbox; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : ""));
  }

  static void clearSessionCookie(HttpServletResponse response) {
    response.addHeader("Set-Cookie", SESSION_COOKIE + "=; Path=/sandbox; Max-Age=0; HttpOnly; SameSite=Lax");
  }
}
