package com.slackadmin.connections.platform;

import static com.slackadmin.connections.support.ConsolePages.PASSWORD;
import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.createApiToken;
import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static com.slackadmin.connections.support.ConsolePages.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.SlackPages;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Odd requests sent as raw HTTP: each answers a clear 4xx, in the console the friendly error page, and every
 * page the container renders itself carries the same security headers as the console's own pages.
 */
public abstract class OddInputScenarios extends FreshServer {

  private static final String FORM = "application/x-www-form-urlencoded";
  /**
   * HTTP/1.1: the JDK client would otherwise upgrade to HTTP/2, and Payara 6.2025.10, once it has refused an
   * oversized request over HTTP/2, answers 431 to many later HTTP/2 requests of any client.
   */
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aFormWithABrokenPercentEscapeOrAnUnknownCharsetGetsTheFriendlyPage() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      assertFriendlyPage(send("POST", "/app/signin", null, FORM, "username=%zz&password=x"), 400,
          "Request not understood");

      String token = formWithAction(admin.open("/app/connections/new"), "/app/connections").getInputByName("_csrf")
          .getValue();
      assertFriendlyPage(send("POST", "/app/connections", admin, FORM, "_csrf=" + token + "&nickname=%zz"), 400,
          "Request not understood");
      assertFriendlyPage(send("POST", "/app/connections", admin, FORM + "; charset=nonsense",
          "_csrf=" + token + "&nickname=Acme"), 415, "Request not understood");
      assertEquals(0, TestDatabase.count("slack_connection"));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PATCH  | /app/connections
      DELETE | /app/connections
      FOO    | /app/connections
      PATCH  | /app/tokens
      PATCH  | /privacy
      """)
  void aMethodAnAddressDoesNotTakeGets405AndTheFriendlyPage(String method, String path) {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HttpResponse<String> refused = send(method, path, admin, null, null);
      assertFriendlyPage(refused, 405, "Not allowed here");
      if (path.startsWith("/app/")) {
        assertTrue(refused.headers().firstValue("Allow").orElse("").contains("GET"), refused.headers().toString());
      }
    }
  }

  @Test
  void pagesTheContainerRendersCarryTheSecurityHeaders() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser viewer = new Browser(base)) {
      assertFriendlyPage(send("GET", "/nothing-here", null, null, null), 404, "Page not found");
      assertFriendlyPage(send("POST", "/app/tokens", admin, FORM, "name=no-csrf-token"), 403, "Not allowed");

      addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
      signIn(viewer, "vera", PASSWORD);
      // refused by web.xml's constraint, before any filter of the request ran
      assertFriendlyPage(send("GET", "/app/teammates", viewer, null, null), 403, "Not allowed");
    }
  }

  @Test
  void theRedirectOfASignedOutVisitorToSignInCarriesTheSecurityHeaders() {
    HttpResponse<String> redirect = send("GET", "/app/connections", null, null, null);
    String what = "GET /app/connections signed out -> " + redirect.statusCode();
    assertEquals(302, redirect.statusCode(), what);
    assertTrue(redirect.headers().firstValue("Location").orElse("").contains("/app/signin?next="), what);
    assertSecurityHeaders(redirect, what);
  }

  /**
   * A control character, a null byte here, in a one-line field: PostgreSQL refuses it (a 500 before), H2 stored it.
   * Each form comes back with its own message at the field, what was typed still there, and nothing stored.
   */
  @Test
  void aNullByteInAnyTextFieldGetsTheFormBackWithItsMessageAndNothingStored() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage newConnection = SlackPages.create(admin, "Acme\u0000");
      assertEquals(400, newConnection.getWebResponse().getStatusCode());
      assertRefusedKeeping(newConnection, "/app/connections", "nickname", "Acme");
      assertEquals(0, TestDatabase.count("slack_connection"));

      HtmlForm token = formWithAction(admin.open("/app/tokens"), "/app/tokens");
      token.getInputByName("name").setValue("deploy\u0000script");
      assertRefusedKeeping(submit(token), "/app/tokens", "name", "deploy");
      assertEquals(0, TestDatabase.count("api_token"));

      HtmlPage teammates = addTeammate(admin, "vera", "Vera\u0000Viewer", "VIEWER");
      assertRefusedKeeping(teammates, "/app/teammates", "displayName", "Vera");
      assertEquals(1, TestDatabase.count("console_user"));

      HtmlForm email = formWithAction(admin.open("/app/profile"), "/app/profile/email");
      email.getInputByName("email").setValue("ada\u0000@example.test");
      assertRefusedKeeping(submit(email), "/app/profile/email", "email", "ada");
      assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM console_user WHERE email IS NOT NULL"));

      addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
      HtmlPage acme = SlackPages.authorizeAs(SlackPages.create(admin, "Acme"), "admin@plus.example", null, true);
      HtmlForm rename = formWithAction(acme, "/rename");
      rename.getInputByName("nickname").setValue("Acme\u0000Two");
      assertRefusedKeeping(submit(rename), "/rename", "nickname", "Acme");
      assertEquals("Acme", TestDatabase.queryString("SELECT nickname FROM slack_connection"));

      HtmlForm share = formWithAction(acme, "/shares");
      HtmlCheckBoxInput vera = share.getInputByValue("vera");
      vera.setValueAttribute("vera\u0000");
      vera.setChecked(true);
      HtmlPage shared = submit(share);
      assertTrue(shared.asNormalizedText().contains(PlainText.MESSAGE), shared.asNormalizedText());
      assertEquals(0, TestDatabase.count("connection_share"));

      // the API: a null byte inside a JSON string (at either end it is trimmed off), one-line input and multi-line
      ApiClient api = new ApiClient(base, createApiToken(admin, "script"));
      String cards = "/api/connections/" + TestDatabase.connectionId("Acme") + "/cards/";
      ApiClient.Response name = api.post(cards + "create-user",
          "{\"userName\": \"n\\u0000ul\", \"email\": \"nul@plus.example\"}");
      assertEquals("validation_failed", name.errorCode(), name.toString());
      assertTrue(name.toString().contains("userName"), name.toString());
      ApiClient.Response headers = api.post(cards + "custom-api-action",
          "{\"method\": \"GET\", \"path\": \"/Users\", \"headers\": \"X-Trace: a\\u0000b\"}");
      assertEquals("validation_failed", headers.errorCode(), headers.toString());
      assertTrue(headers.toString().contains("control character"), headers.toString());
    }
    try (Browser visitor = new Browser(base)) {
      HtmlPage signIn = signIn(visitor, "ad\u0000min", PASSWORD);
      assertEquals(200, signIn.getWebResponse().getStatusCode());
      assertTrue(signIn.asNormalizedText().contains("Wrong username or password"), signIn.asNormalizedText());
    }
  }

  /** The page shows the refusal, and the form's field still holds what was typed (up to the null byte). */
  private static void assertRefusedKeeping(HtmlPage page, String action, String field, String typed) {
    assertTrue(page.asNormalizedText().contains(PlainText.MESSAGE), page.asNormalizedText());
    String kept = formWithAction(page, action).getInputByName(field).getValue();
    assertTrue(kept.startsWith(typed), field + " kept as " + kept);
  }

  /**
   * Refused by Payara before the application sees the request (a null byte in the path, a request line over
   * the listener's 8 KB header buffer): a 400 with an empty body, which nothing in the WAR can change. Never a 500.
   */
  @Test
  void theContainerRefusesANullByteOrAnOversizedRequestLineWith400() {
    assertEquals(400, send("GET", "/api/connections/%00", null, null, null).statusCode());
    assertEquals(400, send("GET", "/api/connections/" + "a".repeat(9_000), null, null, null).statusCode());
    assertEquals(400, send("GET", "/app/connections/%00", null, null, null).statusCode());
  }

  private HttpResponse<String> send(String method, String path, Browser session, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (session != null) {
      request.header("Cookie", "JSESSIONID="
          + session.client().getCookieManager().getCookie("JSESSIONID").getValue());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertFriendlyPage(HttpResponse<String> response, int status, String title) {
    String what = response.request().method() + " " + response.uri().getPath() + " -> " + response.statusCode();
    assertEquals(status, response.statusCode(), what + "\n" + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), what);
    assertTrue(response.body().contains("<title>" + title + " \u00b7"), what + "\n" + response.body());
    assertTrue(response.body().contains("Go to Connections"), what);
    assertSecurityHeaders(response, what);
  }

  static void assertSecurityHeaders(HttpResponse<String> response, String what) {
    String policy = response.headers().firstValue("Content-Security-Policy").orElse(null);
    assertNotNull(policy, what + ": no Content-Security-Policy");
    assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"), what + ": " + policy);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), what);
    assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), what);
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), what);
  }
}
