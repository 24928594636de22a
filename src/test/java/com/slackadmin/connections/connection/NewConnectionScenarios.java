package com.slackadmin.connections.connection;

import static com.slackadmin.connections.support.ConsolePages.PASSWORD;
import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static com.slackadmin.connections.support.ConsolePages.submit;
import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.Eventually;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.SlackPages;
import com.slackadmin.connections.support.TestDatabase;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The New Connection flow end to end against the sandbox: Create, Slack sign-in, Authorize, and the
 * creation rules of DESIGN section 2 acting on each seeded person.
 */
public abstract class NewConnectionScenarios extends FreshServer {

  final SandboxControl sandbox = new SandboxControl(base);
  Browser admin;

  @BeforeEach
  void adminSignedIn() {
    admin = ConsolePages.adminSignedIn(base);
  }

  @AfterEach
  void closeBrowser() {
    admin.close();
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      owner@plus.example     | -                          | Owner     | Acme Plus   | Workspace
      admin@plus.example     | -                          | Admin     | Acme Plus   | Workspace
      owner@grid.example     | the whole organisation     | Org Owner | Globex Grid | Organisation
      """)
  void anOwnerOrAdminCreatesAnActiveConnection(String email, String install, String role, String organisation,
      String level) {
    HtmlPage landed = authorizeAs(create(admin, "Acme " + role), email, install, true);

    assertTrue(landed.asNormalizedText().contains("is ready"), landed.asNormalizedText());
    assertTrue(landed.getUrl().getPath().matches(".*/app/connections/\\d+"), landed.getUrl().toString());
    String page = landed.asNormalizedText();
    assertTrue(page.contains("Active"), page);
    assertTrue(page.contains(email), page);
    assertTrue(page.contains(role + ", as Slack reported at the last check"), page);
    assertTrue(page.contains(organisation), page);
    assertTrue(page.contains(level), page);
    assertEquals(1, TestDatabase.count("slack_connection"));
    assertEquals("ACTIVE", TestDatabase.queryString("SELECT status FROM slack_connection"));
    assertEquals(1, TestDatabase.queryLong(
        "SELECT COUNT(*) FROM audit_entry WHERE action = 'created' AND outcome = 'ok'"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      member@plus.example    | -                      | Only a workspace Owner or Admin
      guest@plus.example     | -                      | as a Guest
      owner@pro.example      | -                      | on the Pro plan
      owner@free.example     | -                      | on the Free plan
      orgadmin@grid.example  | the whole organisation | only an Org Owner
      wsadmin@grid.example   | -                      | Install the app on the organisation
      owner@grid.example     | Globex North           | Install the app on the organisation, not on a workspace
      """)
  void refusedAuthorizationsStoreNothingAndRevokeTheToken(String email, String install, String message) {
    HtmlPage landed = authorizeAs(create(admin, "Refused"), email, install, true);

    String page = landed.asNormalizedText();
    assertTrue(landed.getUrl().getPath().endsWith("/app/connections/new"), landed.getUrl().toString());
    assertTrue(page.contains(message), page);
    assertEquals("Refused", formWithAction(landed, "/app/connections").getInputByName("nickname").getValue(),
        "the nickname is kept");
    assertEquals(0, TestDatabase.count("slack_connection"));
    assertEquals(1, sandbox.countCalls("auth.revoke"), "the token Slack granted was revoked");
  }

  @Test
  void slackFailingDuringCreationLeavesNoHalfMadeConnection() {
    sandbox.post("/faults", "{\"method\":\"users.info\",\"kind\":\"SERVER_ERROR\",\"count\":5}");
    HtmlPage landed = authorizeAs(create(admin, "Flaky"), "owner@plus.example", null, true);
    String page = landed.asNormalizedText();
    assertTrue(page.contains("Slack could not confirm who authorised"), page);
    assertTrue(page.contains("Nothing was created"), page);
    assertEquals("Flaky", formWithAction(landed, "/app/connections").getInputByName("nickname").getValue());
    assertEquals(0, TestDatabase.count("slack_connection"));
    assertEquals(1, sandbox.countCalls("auth.revoke"), "the token Slack granted was revoked");
  }

  @Test
  void cancellingAtSlackCreatesNothingAndKeepsTheNickname() {
    HtmlPage landed = authorizeAs(create(admin, "Cancelled one"), "owner@plus.example", null, false);
    assertTrue(landed.asNormalizedText().contains("You cancelled the authorization at Slack"));
    assertEquals("Cancelled one", formWithAction(landed, "/app/connections").getInputByName("nickname").getValue());
    assertEquals(0, TestDatabase.count("slack_connection"));
  }

  @Test
  void aForgedOrReplayedCallbackCreatesNothing() {
    HtmlPage forged = admin.open("/app/connections/callback?code=anything&state=forged-state");
    assertTrue(forged.asNormalizedText().contains("unknown, expired or already used"), forged.asNormalizedText());

    String callback = SlackPages.callbackUrlAfterAuthorizing(admin, create(admin, "Once"), "owner@plus.example");
    String path = callback.substring(callback.indexOf("/app/"));
    assertTrue(admin.open(path).asNormalizedText().contains("is ready"));
    HtmlPage replayed = admin.open(path);
    assertTrue(replayed.asNormalizedText().contains("unknown, expired or already used"), replayed.asNormalizedText());
    assertEquals(1, TestDatabase.count("slack_connection"));
  }

  @Test
  void twoTabsCreatingAtOnceEachGetTheirOwnConnection() {
    HtmlPage firstTab = create(admin, "First tab");
    HtmlPage secondTab = create(admin, "Second tab");
    HtmlPage second = authorizeAs(secondTab, "owner@plus.example", null, true);
    HtmlPage first = authorizeAs(firstTab, "owner@grid.example", "the whole organisation", true);
    assertTrue(second.asNormalizedText().contains("Connection \"Second tab\" is ready"), second.asNormalizedText());
    assertTrue(first.asNormalizedText().contains("Connection \"First tab\" is ready"), first.asNormalizedText());
    assertEquals("Globex Grid", TestDatabase.queryString(
        "SELECT enterprise_name FROM slack_connection WHERE nickname = 'First tab'"));
    assertEquals("Acme Plus", TestDatabase.queryString(
        "SELECT team_name FROM slack_connection WHERE nickname = 'Second tab'"));
  }

  @Test
  void anInvalidCodeWithAValidStateCreatesNothingAndSaysWhy() {
    HtmlPage slack = create(admin, "Bad code");
    String state = slack.getUrl().getQuery().replaceAll(".*state=([^&]+).*", "$1");
    HtmlPage landed = admin.open("/app/connections/callback?code=not-a-code&state=" + state);
    assertTrue(landed.asNormalizedText().contains("Slack refused the authorization code (invalid_code)"),
        landed.asNormalizedText());
    assertEquals("Bad code", formWithAction(landed, "/app/connections").getInputByName("nickname").getValue());
    assertEquals(0, TestDatabase.count("slack_connection"));
  }

  /** pac4j used to remember a failed exchange in the session and answer the next authorization with a 500. */
  @ParameterizedTest(name = "after {0}")
  @ValueSource(strings = {"a wrong code", "no code", "a used code", "bad_redirect_uri"})
  void aFailedCodeExchangeDoesNotStopTheNextAuthorization(String failure) {
    String used = SlackPages.callbackUrlAfterAuthorizing(admin, create(admin, "Kept"), "owner@plus.example");
    HtmlPage kept = admin.open(used.substring(used.indexOf("/app/")));
    assertTrue(kept.asNormalizedText().contains("is ready"), kept.asNormalizedText());
    String keptPath = kept.getUrl().getPath();

    HtmlPage slack = create(admin, "Failed");
    String state = parameter(slack.getUrl().toString(), "state");
    String callback = "/app/connections/callback?state=" + state + switch (failure) {
      case "a wrong code" -> "&code=not-a-code";
      case "no code" -> "";
      case "a used code" -> "&code=" + parameter(used, "code");
      default -> "&code=" + codeIssuedForAnotherRedirectUri(slack);
    };
    HtmlPage failed = admin.open(callback);
    assertTrue(failed.getUrl().getPath().endsWith("/app/connections/new"), failed.getUrl().toString());
    assertTrue(failed.asNormalizedText().contains("Nothing was created"), failed.asNormalizedText());
    if (failure.equals("bad_redirect_uri")) {
      assertTrue(failed.asNormalizedText().contains("(bad_redirect_uri)"), failed.asNormalizedText());
    }

    assertOnSlack(create(admin, "Next"), "Create after " + failure);
    HtmlPage reauthorizing = submit(formWithAction(admin.open(keptPath), "/reauthorize"));
    assertOnSlack(reauthorizing, "Reauthorize after " + failure);
    admin.open("/app/connections/callback?code=not-a-code&state=" + parameter(reauthorizing.getUrl().toString(),
        "state"));
    assertOnSlack(submit(formWithAction(admin.open(keptPath), "/reauthorize")), "Reauthorize after a failed one");
    assertEquals(1, TestDatabase.count("slack_connection"));
  }

  @Test
  void aCreateSentAsAnAjaxRequestGoesToSlackToo() throws Exception {
    HtmlForm form = formWithAction(admin.open("/app/connections/new"), "/app/connections");
    WebRequest request = new WebRequest(new URL(base + "/app/connections"), HttpMethod.POST);
    request.setAdditionalHeader("X-Requested-With", "XMLHttpRequest");
    request.setRequestParameters(List.of(new NameValuePair("_csrf", form.getInputByName("_csrf").getValue()),
        new NameValuePair("nickname", "Ajax")));
    admin.client().getOptions().setRedirectEnabled(false);
    try {
      WebResponse answer = admin.client().getPage(request).getWebResponse();
      assertEquals(303, answer.getStatusCode(), answer.getContentAsString());
      assertTrue(answer.getResponseHeaderValue("Location").startsWith(base + "/sandbox/oauth/v2/authorize?"),
          answer.getResponseHeaderValue("Location"));
    } finally {
      admin.client().getOptions().setRedirectEnabled(true);
    }
  }

  /** Slack redeems a code only with the redirect_uri it was issued for. */
  private String codeIssuedForAnotherRedirectUri(HtmlPage slack) {
    String authorize = slack.getUrl().toString();
    String elsewhere = authorize.replace(encode(base + "/app/connections/callback"),
        encode(base + "/app/connections/elsewhere"));
    assertNotEquals(authorize, elsewhere, "the authorize URL carries the redirect_uri");
    String issued = SlackPages.callbackUrlAfterAuthorizing(admin,
        admin.open(elsewhere.substring(base.length())), "owner@plus.example");
    assertTrue(issued.contains("/app/connections/elsewhere?"), issued);
    return parameter(issued, "code");
  }

  private static void assertOnSlack(HtmlPage page, String what) {
    assertEquals(200, page.getWebResponse().getStatusCode(), what + ": " + page.asNormalizedText());
    assertTrue(page.getUrl().getPath().startsWith("/sandbox/oauth/"), what + " lands on " + page.getUrl());
  }

  private static String parameter(String url, String name) {
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + url);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void aDemotionBetweenNewConnectionAndTheCallbackSaysWhatChanged() {
    HtmlPage atSlack = create(admin, "Demoted at Slack");
    sandbox.setRole("admin@plus.example", "MEMBER");
    HtmlPage landed = authorizeAs(atSlack, "admin@plus.example", null, true);
    assertTrue(landed.asNormalizedText().contains("Only a workspace Owner or Admin"), landed.asNormalizedText());

    ConsolePages.addTeammate(admin, "bob", "Bob", "BUILDER");
    try (Browser bob = new Browser(base)) {
      ConsolePages.signIn(bob, "bob", ConsolePages.PASSWORD);
      HtmlPage bobAtSlack = create(bob, "Demoted here");
      TestDatabase.update("UPDATE console_user SET role = 'VIEWER' WHERE username = 'bob'");
      HtmlPage bobLanded = authorizeAs(bobAtSlack, "owner@plus.example", null, true);
      String page = bobLanded.asNormalizedText();
      assertTrue(page.contains("A VIEWER cannot create, change or use connections"), page);
      assertFalse(page.contains("could not be saved"), page);
    }
    assertEquals(0, TestDatabase.count("slack_connection"));
    assertEquals(2, sandbox.countCalls("auth.revoke"), "each token Slack granted was revoked");
  }

  @Test
  void nicknamesAreRequiredShortAndUniquePerOwnerWithTheInputKept() {
    HtmlPage blank = create(admin, "   ");
    assertTrue(blank.asNormalizedText().contains("Enter a connection nickname."));

    String tooLong = "x".repeat(81);
    HtmlPage longOne = create(admin, tooLong);
    assertTrue(longOne.asNormalizedText().contains("at most 80 characters"));
    assertEquals(tooLong, formWithAction(longOne, "/app/connections").getInputByName("nickname").getValue());

    authorizeAs(create(admin, "Acme"), "owner@plus.example", null, true);
    HtmlPage duplicate = create(admin, "  ACME ");
    assertTrue(duplicate.asNormalizedText().contains("You already have a connection called \"ACME\""),
        duplicate.asNormalizedText());
    assertEquals("  ACME ", formWithAction(duplicate, "/app/connections").getInputByName("nickname").getValue());
    assertEquals(1, TestDatabase.count("slack_connection"));
  }

  /** The forms say the limit; a longer nickname (a client that ignores maxlength) is refused, its input whole. */
  @Test
  void aNicknameOf300CharactersIsRefusedSayingTheLimitAndTheInputIsKeptWhole() {
    HtmlPage form = admin.open("/app/connections/new");
    assertTrue(form.asNormalizedText().contains("Connection Nickname (up to 80 characters)"), form.asNormalizedText());
    String typed = "Acme ".repeat(60);
    HtmlPage refused = create(admin, typed);
    assertTrue(refused.getElementById("nickname-error").asNormalizedText()
        .contains("Use at most 80 characters for the nickname (this one has 299)"), refused.asNormalizedText());
    assertEquals(typed, formWithAction(refused, "/app/connections").getInputByName("nickname").getValue());
    assertEquals(0, TestDatabase.count("slack_connection"));

    TestDatabase.insertConnection(TestDatabase.userId("admin"), "Acme", "ACTIVE", null);
    long acme = TestDatabase.connectionId("Acme");
    HtmlForm rename = formWithAction(admin.open("/app/connections/" + acme), "/rename");
    assertTrue(rename.asNormalizedText().contains("up to 80 characters"), rename.asNormalizedText());
    rename.getInputByName("nickname").setValue(typed);
    HtmlPage notRenamed = submit(rename);
    assertTrue(notRenamed.asNormalizedText().contains("Use at most 80 characters for the nickname"),
        notRenamed.asNormalizedText());
    assertEquals(typed, formWithAction(notRenamed, "/rename").getInputByName("nickname").getValue());
    assertEquals("Acme", TestDatabase.queryString("SELECT nickname FROM slack_connection WHERE id = ?", acme));
  }

  @Test
  void renameTestReauthorizeAndDelete() {
    HtmlPage detail = authorizeAs(create(admin, "Lifecycle"), "admin@plus.example", null, true);
    String path = detail.getUrl().getPath();

    HtmlPage renamed = rename(detail, "Lifecycle renamed");
    assertTrue(renamed.asNormalizedText().contains("Renamed to \"Lifecycle renamed\""), renamed.asNormalizedText());

    sandbox.setRole("admin@plus.example", "member");
    HtmlPage lost = submit(formWithAction(admin.open(path), "/test"));
    assertTrue(lost.asNormalizedText().contains("Permission lost"), lost.asNormalizedText());
    assertEquals("PERMISSION_LOST", TestDatabase.queryString("SELECT status FROM slack_connection"));

    sandbox.setRole("admin@plus.example", "admin");
    HtmlPage back = submit(formWithAction(admin.open(path), "/test"));
    assertTrue(back.asNormalizedText().contains("The connection works"), back.asNormalizedText());
    assertEquals("ACTIVE", TestDatabase.queryString("SELECT status FROM slack_connection"));

    String tokenBefore = TestDatabase.queryString("SELECT access_token_ciphertext FROM slack_connection");
    HtmlPage other = authorizeAs(submit(formWithAction(admin.open(path), "/reauthorize")), "owner@plus.example",
        null, true);
    assertTrue(other.asNormalizedText().contains("different account or organisation"), other.asNormalizedText());
    assertEquals(tokenBefore, TestDatabase.queryString("SELECT access_token_ciphertext FROM slack_connection"),
        "the old token is kept");

    HtmlPage same = authorizeAs(submit(formWithAction(admin.open(path), "/reauthorize")), "admin@plus.example",
        null, true);
    assertTrue(same.asNormalizedText().contains("is ready"), same.asNormalizedText());
    assertEquals("ACTIVE", TestDatabase.queryString("SELECT status FROM slack_connection"));

    sandbox.clearCalls();
    HtmlPage confirm = admin.open(path + "/delete");
    HtmlPage deleted = submit(formWithAction(confirm, "/delete"));
    assertTrue(deleted.asNormalizedText().contains("revoked its token at Slack"), deleted.asNormalizedText());
    assertEquals(0, TestDatabase.count("slack_connection"));
    assertEquals(1, sandbox.countCalls("auth.revoke"));
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'deleted'"),
        "the audit trail outlives the connection");
  }

  @Test
  void revokingTheTokenAtSlackMakesTheConnectionNeedReauthorization() {
    HtmlPage detail = authorizeAs(create(admin, "Revoked"), "owner@plus.example", null, true);
    sandbox.revokeTokensOf("owner@plus.example");
    HtmlPage tested = submit(formWithAction(admin.open(detail.getUrl().getPath()), "/test"));
    assertTrue(tested.asNormalizedText().contains("Reauthorization required"), tested.asNormalizedText());
  }

  @Test
  void anotherConsoleUserCannotSeeOrChangeTheConnection() {
    HtmlPage detail = authorizeAs(create(admin, "Private"), "owner@plus.example", null, true);
    String path = detail.getUrl().getPath();
    String token = formWithAction(detail, "/test").getInputByName("_csrf").getValue();
    addTeammate(admin, "bea", "Bea Builder", "BUILDER");
    try (Browser bea = new Browser(admin.base())) {
      signIn(bea, "bea", PASSWORD);
      String beasToken = formWithAction(bea.open("/app/connections/new"), "/app/connections")
          .getInputByName("_csrf").getValue();
      assertEquals(404, bea.get(path).getWebResponse().getStatusCode());
      assertEquals(404, bea.get(path + "/delete").getWebResponse().getStatusCode());
      for (String action : List.of("/test", "/rename", "/reauthorize", "/delete")) {
        int status = bea.post(path + action, List.of(new NameValuePair("_csrf", beasToken),
            new NameValuePair("nickname", "Stolen"))).getWebResponse().getStatusCode();
        assertEquals(404, status, action);
      }
      assertFalse(bea.open("/app/connections").asNormalizedText().contains("Private"));
    }
    assertNotEquals(null, token);
    assertEquals("Private", TestDatabase.queryString("SELECT nickname FROM slack_connection"));
  }

  @Test
  void theTokenIsStoredEncryptedAndShownNowhere() {
    HtmlPage detail = authorizeAs(create(admin, "Secret"), "owner@plus.example", null, true);
    String stored = TestDatabase.queryString("SELECT access_token_ciphertext FROM slack_connection");
    String token = TestDatabase.cipher().decrypt(stored);
    assertTrue(token.startsWith("xoxp-"), "a user token");
    assertFalse(stored.contains(token));
    assertFalse(detail.getWebResponse().getContentAsString().contains(token));
    assertFalse(admin.open("/app/connections").getWebResponse().getContentAsString().contains(token));
  }

  @Test
  void aTokenAboutToExpireIsRefreshedOnceBeforeUseEvenUnderConcurrentUses() throws Exception {
    sandbox.settings("{\"tokenRotation\":true,\"tokenLifetimeSeconds\":43200}");
    HtmlPage detail = authorizeAs(create(admin, "Rotating"), "owner@plus.example", null, true);
    String path = detail.getUrl().getPath();
    String before = TestDatabase.queryString("SELECT access_token_ciphertext FROM slack_connection");
    assertTrue(TestDatabase.queryString("SELECT refresh_token_ciphertext FROM slack_connection") != null);
    TestDatabase.update("UPDATE slack_connection SET token_expires_at = ?", java.sql.Timestamp.from(
        java.time.Instant.now().plusSeconds(60)));
    sandbox.clearCalls();

    try (Browser second = new Browser(admin.base())) {
      signIn(second, "admin", PASSWORD);
      var first = formWithAction(admin.open(path), "/test");
      var other = formWithAction(second.open(path), "/test");
      var executor = java.util.concurrent.Executors.newFixedThreadPool(2);
      var a = executor.submit(() -> submit(first).asNormalizedText());
      var b = executor.submit(() -> submit(other).asNormalizedText());
      assertTrue(a.get().contains("The connection works"), a.get());
      assertTrue(b.get().contains("The connection works"), b.get());
      executor.shutdown();
    }
    assertEquals(1, sandbox.countCalls("oauth.v2.access"), "exactly one refresh");
    assertNotEquals(before, TestDatabase.queryString("SELECT access_token_ciphertext FROM slack_connection"));
    rememberTokens();
  }

  @Test
  void aRefusedRefreshMarksTheConnectionForReauthorization() {
    sandbox.settings("{\"tokenRotation\":true,\"tokenLifetimeSeconds\":43200}");
    HtmlPage detail = authorizeAs(create(admin, "Refused refresh"), "owner@plus.example", null, true);
    TestDatabase.update("UPDATE slack_connection SET token_expires_at = ?, refresh_token_ciphertext = ?",
        java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)),
        TestDatabase.cipher().encrypt("xoxe-1-not-a-refresh-token"));
    HtmlPage tested = submit(formWithAction(admin.open(detail.getUrl().getPath()), "/test"));
    assertTrue(tested.asNormalizedText().contains("Reauthorization required"), tested.asNormalizedText());
    assertEquals("REAUTHORIZATION_REQUIRED", TestDatabase.queryString("SELECT status FROM slack_connection"));

    // and the people who rely on it are told (stored after the fact, so looked for a while)
    String told = "\u201cRefused refresh\u201d: Slack refused to renew its token";
    Eventually.waitUntil(told, java.time.Duration.ofSeconds(30),
        () -> admin.open("/app/notifications").asNormalizedText().contains(told));
  }

  /** Every token the tests saw, to check afterwards that none reached the server's log. */
  private static final java.util.Set<String> TOKENS_SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static void rememberTokens() {
    for (String column : List.of("access_token_ciphertext", "refresh_token_ciphertext")) {
      String stored = TestDatabase.queryString("SELECT " + column + " FROM slack_connection");
      if (stored != null) {
        TOKENS_SEEN.add(TestDatabase.cipher().decrypt(stored));
      }
    }
  }

  @AfterEach
  void collectTokens() {
    if (TestDatabase.count("slack_connection") > 0) {
      rememberTokens();
    }
  }

  @org.junit.jupiter.api.AfterAll
  static void noTokenReachedTheServerLog() {
    String text = com.slackadmin.connections.support.ServerLog.text();
    assertTrue(text.contains("slack-admin-connections"), "the server log was captured");
    assertFalse(TOKENS_SEEN.isEmpty(), "the tests saw tokens");
    for (String token : TOKENS_SEEN) {
      assertFalse(text.contains(token), "a Slack token was written to the server log");
    }
    assertFalse(text.contains(System.getProperty("it.encryptionKey")), "the encryption key was logged");
  }

  private static HtmlPage rename(HtmlPage detail, String nickname) {
    var form = formWithAction(detail, "/rename");
    form.getInputByName("nickname").setValue(nickname);
    return submit(form);
  }
}
