package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The container's error pages: the API's JSON error under /api, the console's page (always rendered as for a
 * GET, since JSP pages refuse other methods) elsewhere, and 405 for a method the container does not know.
 */
class ErrorPageTest {

  @ParameterizedTest(name = "{0} {1} {2} -> JSON {3} {4}")
  @CsvSource(delimiter = '|', textBlock = """
      GET   | /api/connections/1       | 404 | 404 | not_found
      POST  | /api/connections/1/test  | 500 | 500 | internal_error
      PATCH | /api                     | 501 | 405 | method_not_allowed
      GET   | /api/x                   | 413 | 400 | validation_failed
      """)
  void underTheApiTheErrorIsJson(String method, String uri, int status, int answered, String code) throws Exception {
    Exchange exchange = new Exchange(method, uri, status);
    new ErrorPage().service(exchange.request(), exchange.response());
    assertEquals(answered, exchange.status);
    assertEquals("application/json", exchange.contentType);
    JsonObject error = Json.createReader(new StringReader(exchange.body.toString())).readObject();
    assertEquals(code, error.getString("code"));
    assertTrue(error.containsKey("message") && error.containsKey("details"), error.toString());
    assertNull(exchange.forwardedMethod, "no console page");
  }

  @ParameterizedTest(name = "{0} {1} {2} -> page {3}")
  @CsvSource(delimiter = '|', textBlock = """
      GET   | /app/connections  | 404 | 404 | GET
      PATCH | /app/connections  | 501 | 405 | GET
      FOO   | /apix             | 405 | 405 | GET
      HEAD  | /privacy          | 404 | 404 | HEAD
      POST  | /app/signin       | 400 | 400 | GET
      """)
  void elsewhereTheConsolePageIsRenderedAsForAGet(String method, String uri, int status, int shown,
      String renderedAs) throws Exception {
    Exchange exchange = new Exchange(method, uri, status);
    new ErrorPage().service(exchange.request(), exchange.response());
    assertEquals(ErrorPage.VIEW, exchange.forwardedTo);
    assertEquals(renderedAs, exchange.forwardedMethod);
    assertEquals(shown, exchange.attributes.get(RequestDispatcher.ERROR_STATUS_CODE));
    if (shown != status) {
      assertEquals(shown, exchange.status);
    }
    assertEquals("", exchange.body.toString());
  }

  /** One request to the error page and what it answered, with just enough of the servlet API to run it. */
  private static final class Exchange {

    final Map<String, Object> attributes = new HashMap<>();
    final StringWriter body = new StringWriter();
    final String method;
    Integer status;
    String contentType;
    String forwardedTo;
    String forwardedMethod;

    Exchange(String method, String uri, int status) {
      this.method = method;
      attributes.put(RequestDispatcher.ERROR_STATUS_CODE, status);
      attributes.put(RequestDispatcher.ERROR_REQUEST_URI, uri);
    }

    HttpServletRequest request() {
      return stub(HttpServletRequest.class, (name, args) -> switch (name) {
        case "getAttribute" -> attributes.get((String) args[0]);
        case "setAttribute" -> attributes.put((String) args[0], args[1]);
        case "getContextPath" -> "";
        case "getMethod" -> method;
        case "getServletContext" -> stub(ServletContext.class, (named, view) -> stub(RequestDispatcher.class,
            (call, forward) -> {
              forwardedTo = (String) view[0];
              forwardedMethod = ((HttpServletRequest) forward[0]).getMethod();
              return null;
            }));
        default -> throw new UnsupportedOperationException(name);
      });
    }

    HttpServletResponse response() {
      return stub(HttpServletResponse.class, (name, args) -> switch (name) {
        case "setStatus" -> status = (Integer) args[0];
        case "setContentType" -> contentType = (String) args[0];
        case "setCharacterEncoding" -> null;
        case "getWriter" -> new PrintWriter(body, true);
        default -> throw new UnsupportedOperationException(name);
      });
    }
  }

  private interface Call {
    Object answer(String method, Object[] args) throws Exception;
  }

  private static <T> T stub(Class<T> type, Call call) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> call.answer(method.getName(), args)));
  }
}
