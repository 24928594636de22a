package com.slackadmin.connections.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests the start-up benchmark sends to the application once it answers: the ADMIN created at start-up
 * ({@code CONSOLE_ADMIN_USERNAME}) signs in through the sign-in form, then requests alternate between the
 * sign-in page for a visitor who is not signed in and the ADMIN's Connections page (empty: no connection is
 * created). Each keeps its session cookie, as a browser would. Any answer but 200 fails the run, so that the
 * figures are never those of error pages.
 */
final class ConsoleWorkload {

  static final String USERNAME = "admin";
  static final String PASSWORD = "startup-benchmark-password";

  private static final Pattern CSRF_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

  private ConsoleWorkload() {}

  static void run(String base, int requests) throws IOException, InterruptedException {
    HttpClient visitor = client();
    HttpClient admin = client();
    signIn(admin, base);
    for (int i = 0; i < requests; i++) {
      expectOk(i % 2 == 0 ? visitor : admin, base + (i % 2 == 0 ? "/app/signin" : "/app/connections"));
    }
  }

  /** Sign-in page: a session and its CSRF token; then the form, answered by a redirect to the Connections page. */
  private static void signIn(HttpClient admin, String base) throws IOException, InterruptedException {
    String form = expectOk(admin, base + "/app/signin");
    Matcher csrf = CSRF_FIELD.matcher(form);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF field on the sign-in page");
    }
    String body = field(csrf.group(1), csrf.group(2)) + "&" + field("next", "") + "&" + field("username", USERNAME)
        + "&" + field("password", PASSWORD);
    HttpResponse<String> signedIn = admin.send(HttpRequest.newBuilder(URI.create(base + "/app/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() / 100 != 3 || !location.endsWith("/app/connections")) {
      throw new IllegalStateException("sign-in gave " + signedIn.statusCode() + " " + location);
    }
  }

  static String expectOk(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }

  static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private static String field(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
