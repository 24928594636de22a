package com.slackadmin.connections.notification;

import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static com.slackadmin.connections.support.ConsolePages.submit;
import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.Eventually;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection health and notifications end to end: the health sweep (scanning every 2 s in the tests, see
 * arquillian.xml) finds a demoted account's connection, marks it and tells its owner, its sharee and the ADMINs in
 * the console, by email (GreenMail, started here on {@code it.smtpPort}, which the server's SMTP_PORT names) and by
 * signed webhook; a restored role brings it back and says so. A connection is made due by moving its last
 * verification back, as a day passing would. Receivers that are down are retried and given up in the delivery
 * log while the sweep goes on; bad addresses are refused when saved.
 */
public abstract class HealthAndNotificationsScenarios extends FreshServer {

  static final Duration PATIENCE = Duration.ofSeconds(90);
  static final String SWEEP = "system (health sweep)";

  final SandboxControl sandbox = new SandboxControl(base);
  final int smtpPort = Integer.parseInt(System.getProperty("it.smtpPort", "18525"));
  GreenMail mail;
  Browser admin;

  @BeforeEach
  void consoleWithAnAdmin() {
    admin = ConsolePages.adminSignedIn(base);
  }

  @AfterEach
  void stopServers() {
    admin.close();
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  void theSweepFindsALostRoleTellsEveryoneConcernedAndTellsThemAgainWhenItIsBack() throws Exception {
    startMail();
    try (Browser bea = teammate("bea", "BUILDER"); Browser sam = teammate("sam", "VIEWER");
        Browser olga = teammate("olga", "BUILDER"); WebhookReceiver engine = new WebhookReceiver(204)) {
      long acme = connect(bea, "Acme", "admin@plus.example");
      share(bea, acme, "sam");
      emailMe(bea, "bea@example.test");
      emailMe(sam, "sam@example.test");
      emailMe(olga, "olga@example.test"); // neither owns nor shares Acme: told nothing
      String secret = registerWebhook(engine.url());
      String stored = TestDatabase.queryString("SELECT secret_ciphertext FROM webhook");
      assertFalse(stored.contains(secret), "the webhook's secret is stored encrypted");
      assertEquals(secret, TestDatabase.cipher().decrypt(stored), "with the tokens' key");
      String token = TestDatabase.cipher().decrypt(TestDatabase.queryString(
          "SELECT access_token_ciphertext FROM slack_connection WHERE id = ?", acme));

      sandbox.setRole("admin@plus.example", "member");
      makeDue(acme);
      Eventually.waitUntil("the sweep marks Acme", PATIENCE, () -> "PERMISSION_LOST".equals(status(acme)));

      assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ? AND"
          + " action = 'health_check' AND outcome = 'permission_lost' AND console_username = ?", acme, SWEEP));
      assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ? AND"
          + " action = 'status_changed' AND outcome = 'permission_lost' AND console_username = ?", acme, SWEEP));
      assertEquals(null, TestDatabase.queryString("SELECT last_used_by FROM slack_connection WHERE id = ?", acme),
          "the sweep's checks are not uses");
      assertTrue(bea.open("/app/connections/" + acme + "/audit").asNormalizedText().contains(SWEEP));

      for (Browser told : List.of(bea, sam, admin)) {
        Eventually.waitUntil("a console notification", PATIENCE,
            () -> told.open("/app/notifications").asNormalizedText()
                .contains("\u201cAcme\u201d needs attention: Permission lost"));
        assertTrue(told.open("/app/connections").getElementById("nav-notifications").asNormalizedText()
            .contains("(1 unread)"), "the header counts it");
      }
      assertTrue(olga.open("/app/notifications").asNormalizedText().contains("No notifications yet."));

      assertTrue(mail.waitForIncomingEmail(PATIENCE.toMillis(), 2), "two emails");
      assertEquals(List.of("bea@example.test", "sam@example.test"), recipients());
      for (MimeMessage email : mail.getReceivedMessages()) {
        assertTrue(email.getSubject().contains("needs attention: Permission lost"), email.getSubject());
        String text = GreenMailUtil.getBody(email);
        assertTrue(text.contains("an Owner or Admin is required"), text);
        assertTrue(text.contains(base + "/app/connections/" + acme), text);
        assertFalse(text.contains(token), "never a token");
      }

      Eventually.waitUntil("the webhook call", PATIENCE, () -> engine.calls.size() == 1);
      WebhookReceiver.Call lost = engine.calls.get(0);
      assertTrue(lost.signedWith(secret), "correctly signed: " + lost);
      assertFalse(lost.signedWith("whsec_someone-else"));
      assertEquals("connection.status_changed", lost.event());
      JsonObject payload = lost.json();
      assertEquals("PERMISSION_LOST", payload.get("status").getAsString());
      assertEquals("ACTIVE", payload.get("previousStatus").getAsString());
      assertEquals(acme, payload.getAsJsonObject("connection").get("id").getAsLong());
      assertEquals(SWEEP, payload.get("by").getAsString());
      assertFalse(lost.body().contains(token), "never a token");

      sandbox.setRole("admin@plus.example", "admin");
      makeDue(acme);
      Eventually.waitUntil("the sweep brings Acme back", PATIENCE, () -> "ACTIVE".equals(status(acme)));
      Eventually.waitUntil("the second webhook call", PATIENCE, () -> engine.calls.size() == 2);
      JsonObject back = engine.calls.get(1).json();
      assertEquals("ACTIVE", back.get("status").getAsString());
      assertEquals("PERMISSION_LOST", back.get("previousStatus").getAsString());
      assertTrue(engine.calls.get(1).signedWith(secret));
      assertTrue(mail.waitForIncomingEmail(PATIENCE.toMillis(), 4), "two more emails");
      List<String> subjects = Arrays.stream(mail.getReceivedMessages()).map(m -> subject(m)).toList();
      assertEquals(2, subjects.stream().filter(subject -> subject.equals("\u201cAcme\u201d works again")).count(),
          subjects.toString());
      Eventually.waitUntil("bea is told", PATIENCE, () -> bea.open("/app/notifications").asNormalizedText()
          .contains("\u201cAcme\u201d works again"));
      assertTrue(bea.open("/app/notifications").getElementById("nav-notifications").asNormalizedText()
          .contains("(2 unread)"));
      HtmlPage read = submit(formWithAction(bea.open("/app/notifications"), "/app/notifications/read"));
      assertFalse(read.getElementById("nav-notifications").asNormalizedText().contains("unread"));

      HtmlPage log = admin.open("/app/webhooks");
      assertEquals(4 + 2, log.getByXPath("//tr[contains(@class,'delivery-DELIVERED')]").size(),
          "four emails and two webhook calls delivered:\n" + log.asNormalizedText());
    }
  }

  @Test
  void aReauthorizationThatBringsAConnectionBackTellsThoseWhoWereToldItNeededAttention() {
    try (Browser bea = teammate("bea", "BUILDER"); Browser sam = teammate("sam", "VIEWER");
        WebhookReceiver engine = new WebhookReceiver(204)) {
      long acme = connect(bea, "Acme", "admin@plus.example");
      share(bea, acme, "sam");
      String secret = registerWebhook(engine.url());
      sandbox.setRole("admin@plus.example", "member");
      HtmlPage lost = submit(formWithAction(bea.open("/app/connections/" + acme), "/test"));
      assertTrue(lost.asNormalizedText().contains("Permission lost"), lost.asNormalizedText());
      Eventually.waitUntil("sam is told it needs attention", PATIENCE,
          () -> sam.open("/app/notifications").asNormalizedText()
              .contains("\u201cAcme\u201d needs attention: Permission lost"));

      sandbox.setRole("admin@plus.example", "admin");
      HtmlPage back = authorizeAs(submit(formWithAction(bea.open("/app/connections/" + acme), "/reauthorize")),
          "admin@plus.example", null, true);
      assertTrue(back.asNormalizedText().contains("is ready"), back.asNormalizedText());
      assertEquals("ACTIVE", status(acme));

      Eventually.waitUntil("sam is told it works again", PATIENCE,
          () -> sam.open("/app/notifications").asNormalizedText()
              .contains("\u201cAcme\u201d works again"));
      assertTrue(sam.open("/app/notifications").asNormalizedText().contains("Reauthorized by bea."));
      Eventually.waitUntil("the second webhook call", PATIENCE, () -> engine.calls.size() == 2);
      WebhookReceiver.Call works = engine.calls.get(1);
      assertTrue(works.signedWith(secret), "correctly signed: " + works);
      assertEquals("connection.status_changed", works.event());
      assertEquals("ACTIVE", works.json().get("status").getAsString());
      assertEquals("PERMISSION_LOST", works.json().get("previousStatus").getAsString());
      assertEquals("bea", works.json().get("by").getAsString());

      // reauthorizing a connection that works changes no status: nobody is told, until the next change
      authorizeAs(submit(formWithAction(bea.open("/app/connections/" + acme), "/reauthorize")),
          "admin@plus.example", null, true);
      sandbox.setRole("admin@plus.example", "member");
      submit(formWithAction(bea.open("/app/connections/" + acme), "/test"));
      Eventually.waitUntil("the third webhook call", PATIENCE, () -> engine.calls.size() == 3);
      assertEquals("PERMISSION_LOST", engine.calls.get(2).json().get("status").getAsString());
      Eventually.waitUntil("sam's third notification", PATIENCE,
          () -> TestDatabase.queryLong("SELECT COUNT(*) FROM notification n"
              + " JOIN console_user u ON u.id = n.recipient_id WHERE u.username = 'sam'") == 3);
    }
  }

  @Test
  void receiversThatAreDownAreRetriedThenGivenUpInTheLogAndTheSweepGoesOn() {
    // no mail server is started: the server's SMTP_PORT has nothing listening
    try (Browser bea = teammate("bea", "BUILDER"); WebhookReceiver failing = new WebhookReceiver(503)) {
      emailMe(bea, "bea@example.test");
      String closed = "http://localhost:" + freePort() + "/hook";
      registerWebhook(failing.url());
      registerWebhook(closed);
      long acme = connect(bea, "Acme", "admin@plus.example");
      long acmeOwner = connect(bea, "Acme Owner", "owner@plus.example");

      sandbox.setRole("admin@plus.example", "member");
      makeDue(acme);
      makeDue(acmeOwner);
      Eventually.waitUntil("both checked", PATIENCE,
          () -> "PERMISSION_LOST".equals(status(acme)) && recentlyVerified(acmeOwner));

      Eventually.waitUntil("all three deliveries given up", PATIENCE, () -> TestDatabase.queryLong(
          "SELECT COUNT(*) FROM notification_delivery WHERE state = 'FAILED'") == 3);
      assertEquals(3, failing.calls.size(), "the 503 receiver was tried three times (NOTIFICATION_MAX_ATTEMPTS)");
      assertTrue(failing.calls.stream().allMatch(c -> c.delivery().equals(failing.calls.get(0).delivery())
          && c.body().equals(failing.calls.get(0).body())), "the same delivery each time");
      assertEquals(3, TestDatabase.queryLong("SELECT MIN(attempts) FROM notification_delivery"));

      HtmlPage log = admin.open("/app/webhooks");
      assertEquals(200, log.getWebResponse().getStatusCode());
      String text = log.asNormalizedText();
      assertTrue(text.contains("The receiver answered HTTP 503.") && !text.contains("HTTP 503: "), text);
      assertTrue(text.contains("Given up") && !text.contains("FAILED"), "states in words: " + text);
      assertTrue(text.contains("The receiver could not be reached"), text);
      assertTrue(text.contains("could not be reached") && text.contains("check SMTP_HOST and SMTP_PORT"), text);
      assertEquals(3, log.getByXPath("//tr[contains(@class,'delivery-FAILED')]").size(), text);
    }
  }

  @Test
  void aBulkRunThatFinishesIsNotified() {
    try (WebhookReceiver engine = new WebhookReceiver(200)) {
      registerWebhook(engine.url());
      long acme = connect(admin, "Acme", "admin@plus.example");
      ApiClient api = new ApiClient(base, ConsolePages.createApiToken(admin, "bulk"));
      assertEquals(202, api.send("POST", "/api/connections/" + acme + "/bulk-runs?card=deactivate-user&dryRun=true",
          "text/csv", "userId\nU01PLUSME01\n").status());
      ApiClient.Response started = api.send("POST", "/api/connections/" + acme
          + "/bulk-runs?card=read-user", "text/csv", "userId\nU01PLUSME01\n");
      long runId = started.object().get("id").getAsLong();
      Eventually.waitUntil("the webhook calls", PATIENCE,
          () -> engine.calls.stream().filter(c -> "bulk_run.finished".equals(c.event())).count() == 2);
      assertTrue(admin.open("/app/notifications").asNormalizedText()
          .contains("A bulk run with \u201cAcme\u201d finished"));
      HtmlAnchor told =
          admin.open("/app/notifications").getFirstByXPath("//table[contains(@class,'notifications')]//a");
      assertTrue(told.getHrefAttribute().endsWith("/app/bulk-runs/" + runId), "the run, not the connection: "
          + told.getHrefAttribute());
      assertTrue(click(told).getUrl().getPath().endsWith("/app/bulk-runs/" + runId));
      assertTrue(engine.calls.stream().filter(c -> "bulk_run.finished".equals(c.event()))
          .anyMatch(c -> c.json().getAsJsonObject("bulkRun").get("id").getAsLong() == runId), "the webhook names it");
    }
  }

  /** An ADMIN sends a webhook a test event: one signed call to that address only, shown in the delivery log. */
  @Test
  void aTestEventIsSentSignedToOneWebhookAndLogged() {
    try (WebhookReceiver engine = new WebhookReceiver(204); WebhookReceiver other = new WebhookReceiver(204)) {
      String secret = registerWebhook(engine.url());
      registerWebhook(other.url());
      HtmlPage webhooks = admin.open("/app/webhooks");
      long webhookId = TestDatabase.queryLong("SELECT id FROM webhook WHERE url = ?", engine.url());
      HtmlButton remove = (HtmlButton) webhooks.getElementById("remove-webhook-" + webhookId);
      assertTrue(remove.getAttribute("class").contains("danger"), "Remove is no main button");
      assertEquals(403, admin.post("/app/webhooks/" + webhookId + "/test", List.of()).getWebResponse()
          .getStatusCode(), "no CSRF token, no test");

      HtmlPage sent = click((HtmlElement) webhooks.getElementById("test-webhook-" + webhookId));
      assertTrue(sent.asNormalizedText().contains("A test event is on its way to " + engine.url()),
          sent.asNormalizedText());
      Eventually.waitUntil("the test call", PATIENCE, () -> engine.calls.size() == 1);
      WebhookReceiver.Call call = engine.calls.get(0);
      assertEquals("webhook.test", call.event());
      assertTrue(call.signedWith(secret), "signed with the webhook's secret");
      assertTrue(other.calls.isEmpty(), "to that webhook only");
      Eventually.waitUntil("the log says delivered", PATIENCE, () -> admin.open("/app/webhooks")
          .getByXPath("//tr[contains(@class,'delivery-DELIVERED')]").size() == 1);
      String log = admin.open("/app/webhooks").asNormalizedText();
      assertTrue(log.contains("A test event") && log.contains("Delivered") && log.contains("Answered with status 204"),
          log);
      assertFalse(log.contains("HTTP 204:") || log.contains("DELIVERED"), log);
      assertEquals(0, TestDatabase.count("notification"), "no one is notified of a test");
    }
  }

  @Test
  void badSettingsAreRefusedWhenSavedWithAClearMessage() {
    for (String url : List.of("ftp://hooks.example.test/x", "javascript:alert(1)", "hooks.example.test/x")) {
      HtmlForm form = formWithAction(admin.open("/app/webhooks"), "/app/webhooks");
      form.getInputByName("url").setValue(url);
      HtmlPage refused = submit(form);
      assertEquals(200, refused.getWebResponse().getStatusCode());
      assertTrue(refused.asNormalizedText().contains("A webhook address starts with https://"),
          refused.asNormalizedText());
    }
    assertEquals(0, TestDatabase.count("webhook"));

    HtmlForm profile = formWithAction(admin.open("/app/profile"), "/app/profile/email");
    profile.getInputByName("email").setValue("not an address");
    HtmlPage refused = submit(profile);
    assertEquals(200, refused.getWebResponse().getStatusCode());
    assertTrue(refused.asNormalizedText().contains("Enter one email address"), refused.asNormalizedText());

    try (Browser bea = teammate("bea", "BUILDER")) {
      assertEquals(403, bea.get("/app/webhooks").getWebResponse().getStatusCode(), "ADMINs only");
    }
  }

  private void startMail() {
    mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.setUser("connections@example.test", "notify", "mail-password");
    mail.start();
  }

  private List<String> recipients() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getRecipients(Message.RecipientType.TO)[0].toString();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).sorted().toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Browser teammate(String username, String role) {
    addTeammate(admin, username, username.substring(0, 1).toUpperCase() + username.substring(1), role);
    Browser browser = new Browser(base);
    signIn(browser, username, ConsolePages.PASSWORD);
    return browser;
  }

  private long connect(Browser owner, String nickname, String email) {
    HtmlPage landed = authorizeAs(create(owner, nickname), email, null, true);
    String path = landed.getUrl().getPath();
    assertTrue(path.matches(".*/app/connections/\\d+"), path + "\n" + landed.asNormalizedText());
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  private static void share(Browser owner, long connection, String username) {
    ConsolePages.shareWith(owner, connection, username);
  }

  private static void emailMe(Browser person, String address) {
    HtmlForm form = formWithAction(person.open("/app/profile"), "/app/profile/email");
    form.getInputByName("email").setValue(address);
    ((HtmlInput) form.getInputByName("emailNotifications")).setChecked(true);
    HtmlPage saved = submit(form);
    assertTrue(saved.asNormalizedText().contains("Notifications also go to " + address), saved.asNormalizedText());
  }

  /** Registers a webhook on the Webhooks page; answers its secret, read off the answer where it is shown once. */
  private static HtmlPage click(HtmlElement element) {
    try {
      return element.click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String registerWebhook(String url) {
    HtmlForm form = formWithAction(admin.open("/app/webhooks"), "/app/webhooks");
    form.getInputByName("url").setValue(url);
    HtmlPage registered = submit(form);
    assertEquals(200, registered.getWebResponse().getStatusCode(), registered.asNormalizedText());
    return ((HtmlInput) registered.getElementById("new-secret")).getValue();
  }

  /** As a day passing would: the connection's last check (and verification) two days back. */
  private static void makeDue(long connection) {
    Timestamp twoDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
    TestDatabase.update("UPDATE slack_connection SET last_verified_at = ?, last_checked_at = ? WHERE id = ?",
        twoDaysAgo, twoDaysAgo, connection);
  }

  private static boolean recentlyVerified(long connection) {
    return TestDatabase.queryLong("SELECT COUNT(*) FROM slack_connection WHERE id = ? AND last_verified_at > ?",
        connection, Timestamp.from(Instant.now().minus(Duration.ofHours(1)))) == 1;
  }

  private static String status(long connection) {
    return TestDatabase.queryString("SELECT status FROM slack_connection WHERE id = ?", connection);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
