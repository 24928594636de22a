package com.slackadmin.connections.account;

import static com.slackadmin.connections.support.ConsolePages.PASSWORD;
import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.setUp;
import static com.slackadmin.connections.support.ConsolePages.setUpSignedOut;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static com.slackadmin.connections.support.ConsolePages.signOut;
import static com.slackadmin.connections.support.ConsolePages.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.htmlunit.Page;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** First-run setup, sign-in, lockout, disabled users, sign-out, roles and CSRF, through the real pages. */
public abstract class ConsoleSignInScenarios extends FreshServer {

  @Test
  void setupPageCreatesTheFirstAdminOnceAndThenIsGone() {
    try (Browser browser = new Browser(base)) {
      HtmlPage first = browser.open("/");
      assertTrue(first.getUrl().getPath().endsWith("/app/setup"), "every page leads to setup: " + first.getUrl());

      HtmlPage setUp = setUp(browser, "admin", "Ada Admin", PASSWORD);
      // the new ADMIN is signed in at once, not sent to type the same password again
      assertTrue(setUp.getUrl().getPath().endsWith("/app/connections"), setUp.getUrl().toString());
      assertTrue(setUp.asNormalizedText().contains("The console is set up and you are signed in as admin"),
          setUp.asNormalizedText());
      assertTrue(setUp.asNormalizedText().contains("Signed in as Ada Admin"), setUp.asNormalizedText());
      assertEquals(200, browser.get("/app/teammates").getWebResponse().getStatusCode(), "as an ADMIN");
      assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM console_user WHERE role = 'ADMIN'"));

      assertEquals(404, browser.get("/app/setup").getWebResponse().getStatusCode());
      String token = formWithAction(browser.open("/app/profile"), "/app/signout").getInputByName("_csrf").getValue();
      Page directPost = browser.post("/app/setup", List.of(new NameValuePair("_csrf", token),
          new NameValuePair("username", "mallory"), new NameValuePair("displayName", "Mallory"),
          new NameValuePair("password", PASSWORD), new NameValuePair("passwordAgain", PASSWORD)));
      assertEquals(404, directPost.getWebResponse().getStatusCode());
      assertEquals(1, TestDatabase.count("console_user"));
    }
  }

  @Test
  void setupRefusesShortOrDifferingPasswordsAndKeepsTheInput() {
    try (Browser browser = new Browser(base)) {
      HtmlPage shortPassword = setUp(browser, "admin", "Ada Admin", "too-short");
      assertTrue(shortPassword.asNormalizedText().contains("at least 12 characters"));
      assertEquals("Ada Admin", formWithAction(shortPassword, "/app/setup").getInputByName("displayName").getValue());

      HtmlForm form = formWithAction(browser.open("/app/setup"), "/app/setup");
      form.getInputByName("username").setValue("admin");
      form.getInputByName("displayName").setValue("Ada");
      form.getInputByName("password").setValue(PASSWORD);
      form.getInputByName("passwordAgain").setValue(PASSWORD + "x");
      HtmlPage differ = submit(form);
      assertTrue(differ.asNormalizedText().contains("The two passwords differ."));
      assertEquals(0, TestDatabase.count("console_user"));
    }
  }

  @Test
  void signInWithTheRightPasswordAndAGenericErrorForAWrongOne() {
    try (Browser browser = new Browser(base)) {
      setUpSignedOut(browser, "admin", "Ada Admin", PASSWORD);
      HtmlPage wrong = signIn(browser, "admin", "not-the-password");
      HtmlPage unknown = signIn(browser, "nobody", "not-the-password");
      assertTrue(wrong.asNormalizedText().contains("Wrong username or password"));
      assertEquals(errorOf(wrong), errorOf(unknown), "no hint whether the user exists");

      HtmlPage connections = signIn(browser, "admin", PASSWORD);
      assertTrue(connections.getUrl().getPath().endsWith("/app/connections"), connections.getUrl().toString());
      assertTrue(connections.asNormalizedText().contains("Signed in as Ada Admin"));
    }
  }

  @Test
  void tenFailuresInARowLockTheUsername() {
    try (Browser browser = new Browser(base)) {
      setUpSignedOut(browser, "admin", "Ada Admin", PASSWORD);
      for (int i = 0; i < 9; i++) {
        signIn(browser, "admin", "wrong-password-" + i);
      }
      HtmlPage stillOpen = signIn(browser, "admin", PASSWORD);
      assertTrue(stillOpen.getUrl().getPath().endsWith("/app/connections"), "9 failures do not lock");
      signOut(stillOpen);

      for (int i = 0; i < 10; i++) {
        signIn(browser, "admin", "wrong-password-" + i);
      }
      HtmlPage locked = signIn(browser, "admin", PASSWORD);
      assertTrue(locked.getUrl().getPath().endsWith("/app/signin"), "locked even with the right password");
      assertTrue(locked.asNormalizedText().contains("Wrong username or password"));
      assertTrue(TestDatabase.queryString("SELECT locked_until FROM sign_in_attempt WHERE username = 'admin'") != null);
    }
  }

  @Test
  void aDisabledTeammateCannotSignInAndLosesAnOpenSession() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      HtmlPage bobsPage = signIn(bob, "bob", PASSWORD);
      assertTrue(bobsPage.asNormalizedText().contains("Signed in as Bob Builder"));

      long bobId = TestDatabase.userId("bob");
      HtmlPage teammates = admin.open("/app/teammates");
      submit(formWithAction(teammates, "/app/teammates/" + bobId + "/disable"));

      HtmlPage afterDisable = bob.open("/app/connections");
      assertTrue(afterDisable.getUrl().getPath().endsWith("/app/signin"), "open session ended");
      HtmlPage refused = signIn(bob, "bob", PASSWORD);
      assertTrue(refused.asNormalizedText().contains("Wrong username or password"));
    }
  }

  @Test
  void signOutEndsTheSession() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage signedOut = signOut(admin.open("/app/connections"));
      assertTrue(signedOut.getUrl().getPath().endsWith("/app/signin"));
      HtmlPage again = admin.open("/app/connections");
      assertTrue(again.getUrl().getPath().endsWith("/app/signin"), again.getUrl().toString());
    }
  }

  @Test
  void viewersAndSignedOutVisitorsCannotReachAdminPages() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser viewer = new Browser(base);
        Browser visitor = new Browser(base)) {
      addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
      signIn(viewer, "vera", PASSWORD);
      assertEquals(403, viewer.get("/app/teammates").getWebResponse().getStatusCode());
      assertFalse(viewer.open("/app/connections").asNormalizedText().contains("Teammates"), "no admin navigation");

      HtmlPage redirected = visitor.open("/app/teammates");
      assertTrue(redirected.getUrl().getPath().endsWith("/app/signin"), redirected.getUrl().toString());
    }
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRejectedAndChangesNothing() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      Page forged = admin.post("/app/teammates", List.of(new NameValuePair("username", "mallory"),
          new NameValuePair("displayName", "Mallory"), new NameValuePair("role", "ADMIN"),
          new NameValuePair("password", PASSWORD)));
      assertEquals(403, forged.getWebResponse().getStatusCode());
      assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM console_user WHERE username = 'mallory'"));
    }
  }

  @Test
  void markupInADisplayNameIsShownAsText() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage teammates = addTeammate(admin, "eve", "<script>alert('eve')</script>", "VIEWER");
      String html = teammates.getWebResponse().getContentAsString();
      assertFalse(html.contains("<script>alert('eve')</script>"), "raw markup must never reach the page");
      assertTrue(teammates.asNormalizedText().contains("<script>alert('eve')</script>"), "shown as text");
    }
  }

  @Test
  void pagesCarrySecurityHeadersAndThePrivacyLink() {
    try (Browser visitor = new Browser(base)) {
      HtmlPage page = visitor.open("/app/setup");
      String policy = page.getWebResponse().getResponseHeaderValue("Content-Security-Policy");
      assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
      assertEquals("nosniff", page.getWebResponse().getResponseHeaderValue("X-Content-Type-Options"));
      assertTrue(page.getWebResponse().getResponseHeaderValue("Referrer-Policy") != null);
      assertTrue(page.getAnchorByText("Privacy disclaimer").getHrefAttribute().endsWith("/privacy"));
      assertTrue(visitor.open("/privacy").asNormalizedText().contains("What is stored"));
    }
  }

  @Test
  void aCsrfTokenSeenBeforeSignInIsWorthlessAfterIt() {
    try (Browser browser = new Browser(base)) {
      setUpSignedOut(browser, "admin", "Ada Admin", PASSWORD);
      String before = formWithAction(browser.open("/app/signin"), "/app/signin").getInputByName("_csrf").getValue();
      signIn(browser, "admin", PASSWORD);
      String after = formWithAction(browser.open("/app/tokens"), "/app/tokens").getInputByName("_csrf").getValue();
      assertNotEquals(before, after, "a new token at sign-in");

      Page stale = browser.post("/app/tokens",
          List.of(new NameValuePair("_csrf", before), new NameValuePair("name", "planted")));
      assertEquals(403, stale.getWebResponse().getStatusCode());
      assertEquals(0, TestDatabase.count("api_token"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app/teammates x", "/app/teammates\tx", "/app/teammates\r\nSet-Cookie: planted=1",
      "https://evil.example/app/teammates"})
  void aNextThatIsNoCleanConsolePathStillSignsInAndLeadsToConnections(String next) {
    try (Browser browser = new Browser(base)) {
      setUpSignedOut(browser, "admin", "Ada Admin", PASSWORD);
      String token = formWithAction(browser.open("/app/signin"), "/app/signin").getInputByName("_csrf").getValue();
      Page landed = browser.post("/app/signin", List.of(new NameValuePair("_csrf", token),
          new NameValuePair("username", "admin"), new NameValuePair("password", PASSWORD),
          new NameValuePair("next", next)));
      assertEquals(200, landed.getWebResponse().getStatusCode(), landed.getWebResponse().getContentAsString());
      assertTrue(landed.getUrl().getPath().endsWith("/app/connections"), landed.getUrl().toString());
      assertTrue(((HtmlPage) landed).asNormalizedText().contains("Signed in as Ada Admin"));
      assertNull(browser.client().getCookieManager().getCookie("planted"));
    }
  }

  @Test
  void theSessionAndFlashCookiesAreSameSiteLax() {
    try (Browser browser = new Browser(base)) {
      setUpSignedOut(browser, "admin", "Ada Admin", PASSWORD);
      String token = formWithAction(browser.open("/app/signin"), "/app/signin").getInputByName("_csrf").getValue();
      browser.client().getOptions().setRedirectEnabled(false);
      WebResponse signedIn = browser.post("/app/signin", List.of(new NameValuePair("_csrf", token),
          new NameValuePair("username", "admin"), new NameValuePair("password", PASSWORD))).getWebResponse();
      assertEquals(303, signedIn.getStatusCode());
      assertSameSiteLax(setCookie(signedIn, "JSESSIONID"));

      browser.client().getOptions().setRedirectEnabled(true);
      ConsolePages.createApiToken(browser, "to revoke");
      HtmlForm revoke = formWithAction(browser.open("/app/tokens"), "/revoke");
      browser.client().getOptions().setRedirectEnabled(false);
      WebResponse revoked = submit(revoke).getWebResponse();
      assertEquals(303, revoked.getStatusCode());
      assertSameSiteLax(setCookie(revoked, "org.eclipse.krazo.redirect.Cookie"));
    }
  }

  private static String setCookie(WebResponse response, String name) {
    return response.getResponseHeaders().stream()
        .filter(h -> h.getName().equalsIgnoreCase("Set-Cookie") && h.getValue().startsWith(name + "="))
        .map(NameValuePair::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.getResponseHeaders()));
  }

  /** Lax, not Strict: Slack's redirect back to the OAuth callback is a top-level navigation from another site. */
  private static void assertSameSiteLax(String cookie) {
    assertTrue(cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*samesite=lax(;.*|$)"), cookie);
  }

  private static String errorOf(HtmlPage page) {
    return page.querySelector("[role=alert]").asNormalizedText();
  }
}
