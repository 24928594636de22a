package com.slackadmin.connections.account;

import static com.slackadmin.connections.support.ConsolePages.PASSWORD;
import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.createApiToken;
import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static com.slackadmin.connections.support.ConsolePages.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

/**
 * Teammates: roles enforced by the services for the console and the API, sharing and unsharing, the
 * Connections page's views and usage column, ownership transfer, and themes.
 *
 * <p>Cast: admin (ADMIN), bob (BUILDER, owns "Acme"), carol (BUILDER, Acme is shared with her), vera
 * (VIEWER, Acme is shared with her), dave (BUILDER, nothing shared).
 */
public abstract class TeamsScenarios extends FreshServer {

  @Test
  void roleMatrixHoldsInTheConsoleAndTheApi() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base);
        Browser carol = new Browser(base); Browser vera = new Browser(base); Browser dave = new Browser(base)) {
      long acme = castWithAcmeSharedWithCarolAndVera(admin, bob, carol, vera, dave);
      String path = "/app/connections/" + acme;

      // LIST and VIEW: owner, sharees, ADMIN; 404 for anyone else
      assertTrue(bob.open("/app/connections").asNormalizedText().contains("Acme"));
      HtmlPage shared = carol.open("/app/connections?view=shared");
      assertTrue(shared.asNormalizedText().contains("Shared by Bob Builder"), shared.asNormalizedText());
      assertTrue(vera.open("/app/connections?view=shared").asNormalizedText().contains("Shared by Bob Builder"));
      assertEquals(200, status(carol, path));
      assertEquals(200, status(vera, path));
      assertEquals(200, status(vera, path + "/audit"));
      assertEquals(404, status(dave, path));
      assertEquals(404, status(dave, path + "/audit"));
      assertFalse(dave.open("/app/connections?view=shared").asNormalizedText().contains("Acme"));

      // a sharee's page offers no manage actions; the services refuse them anyway (403: they know it exists)
      HtmlPage carolsDetail = carol.open(path);
      assertTrue(carolsDetail.getForms().stream().noneMatch(f -> f.getActionAttribute().endsWith("/rename")));
      assertTrue(carolsDetail.getForms().stream().anyMatch(f -> f.getActionAttribute().endsWith("/test")));
      for (String action : List.of("/rename", "/reauthorize", "/delete", "/shares", "/transfer")) {
        assertEquals(403, post(carol, path + action, Map.of("nickname", "Mine now", "username", "dave",
            "newOwnerId", String.valueOf(TestDatabase.userId("carol")))), "carol " + action);
        assertEquals(403, post(vera, path + action, Map.of("nickname", "Mine now")), "vera " + action);
        assertEquals(404, post(dave, path + action, Map.of("nickname", "Mine now")), "dave " + action);
      }
      assertEquals(403, status(carol, path + "/delete"), "the delete confirmation page too");
      // the owner BUILDER may not transfer (ADMINs only)
      assertEquals(403,
          post(bob, path + "/transfer", Map.of("newOwnerId", String.valueOf(TestDatabase.userId("carol")))));
      assertEquals("Acme", TestDatabase.queryString("SELECT nickname FROM slack_connection WHERE id = ?", acme));

      // TEST: a BUILDER sharee may (the placeholder token is refused by Slack, which is still a use); a VIEWER may not
      assertEquals(200, post(carol, path + "/test", Map.of()));
      assertEquals(1,
          TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ? AND action = 'tested'"
              + " AND console_username = 'carol'", acme));
      assertEquals(403, post(vera, path + "/test", Map.of()));
      assertEquals(404, post(dave, path + "/test", Map.of()));

      // CREATE: a VIEWER may not start New Connection
      assertEquals(403, post(vera, "/app/connections", Map.of("nickname", "Viewer's")));

      // the same rows through the API
      ApiClient carolApi = new ApiClient(base, createApiToken(carol, "carol's script"));
      ApiClient daveApi = new ApiClient(base, createApiToken(dave, "dave's script"));
      ApiClient adminApi = new ApiClient(base, createApiToken(admin, "admin's script"));
      assertEquals(200, carolApi.get("/api/connections/" + acme).status());
      assertEquals(404, daveApi.get("/api/connections/" + acme).status());
      assertEquals(List.of("Acme"), nicknames(carolApi.get("/api/connections?view=shared")));
      assertEquals(List.of(), nicknames(carolApi.get("/api/connections")), "mine: carol owns nothing");
      assertEquals(403, carolApi.get("/api/connections?view=all").status());
      assertEquals("validation_failed", carolApi.get("/api/connections?view=everything").errorCode());
      assertEquals(List.of("Acme"), nicknames(adminApi.get("/api/connections?view=all")));
      ApiClient.Response carolTests = carolApi.post("/api/connections/" + acme + "/test", null);
      assertNotEquals(403, carolTests.status(), carolTests.toString());
      assertNotEquals(404, carolTests.status(), carolTests.toString());
      assertEquals(404, daveApi.post("/api/connections/" + acme + "/test", null).status());
    }
  }

  @Test
  void shareThenUnshareGivesAndTakesAccessOnTheNextRequestIncludingApiTokens() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base);
        Browser carol = new Browser(base); Browser vera = new Browser(base); Browser dave = new Browser(base)) {
      long acme = castWithAcmeSharedWithCarolAndVera(admin, bob, carol, vera, dave);
      String path = "/app/connections/" + acme;
      ApiClient carolApi = new ApiClient(base, createApiToken(carol, "carol's script"));
      assertEquals(200, carolApi.get("/api/connections/" + acme).status());
      assertEquals(200, status(carol, path));

      HtmlPage bobsDetail = bob.open(path);
      assertTrue(bobsDetail.asNormalizedText().contains("Carol Builder (carol, BUILDER)"),
          bobsDetail.asNormalizedText());
      HtmlPage after = submit(formWithAction(bobsDetail, "/shares/" + TestDatabase.userId("carol") + "/remove"));
      assertEquals(200, after.getWebResponse().getStatusCode());

      assertEquals(404, carolApi.get("/api/connections/" + acme).status(), "the token loses it at once");
      assertEquals(List.of(), nicknames(carolApi.get("/api/connections?view=shared")));
      assertEquals(404, status(carol, path));
      assertEquals(404, post(carol, path + "/test", Map.of()));
      assertFalse(carol.open("/app/connections?view=shared").asNormalizedText().contains("Acme"));
      assertEquals(200, status(vera, path), "vera's share is untouched");

      assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ?"
          + " AND action = 'shared' AND target = 'carol' AND console_username = 'bob'", acme));
      assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ?"
          + " AND action = 'unshared' AND target = 'carol'", acme));
      assertTrue(bob.open(path + "/audit").asNormalizedText().contains("Unshared"), "the action in words");
    }
  }

  @Test
  void theViewsAndTheActivityColumnCountUsesOfTheLast30DaysByOutcome() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base);
        Browser carol = new Browser(base); Browser vera = new Browser(base); Browser dave = new Browser(base)) {
      long acme = castWithAcmeSharedWithCarolAndVera(admin, bob, carol, vera, dave);
      Instant now = Instant.now();
      TestDatabase.insertAuditEntry(acme, "carol", "search-users", "ok", now.minus(Duration.ofDays(40)));
      TestDatabase.insertAuditEntry(acme, "bob", "read-user", "ok", now.minus(Duration.ofDays(3)));
      TestDatabase.insertAuditEntry(acme, "bob", "renamed", "ok", now.minus(Duration.ofDays(2)));
      TestDatabase.insertAuditEntry(acme, "bob", "read-user", "validation_failed", now.minus(Duration.ofDays(2)));
      TestDatabase.insertAuditEntry(acme, "carol", "deactivate-user", "permission_lost", now.minus(Duration.ofDays(1)));
      // and a real use, by a sharee: its token is a placeholder, so Slack refuses it; the row keeps who made it
      submit(formWithAction(carol.open("/app/connections/" + acme), "/test"));

      HtmlPage mine = bob.open("/app/connections");
      assertEquals("3 uses in 30 days (1 ok, 2 refused, 0 failed)", fact(mine, "td.activity .uses"));
      assertTrue(
          fact(mine, "td.activity .last-use").endsWith(" by carol, refused: Slack no longer accepts this connection"),
          fact(mine, "td.activity .last-use"));
      assertEquals("Shared with carol, vera", fact(mine, "td.connection .shared-with"));

      HtmlPage all = admin.open("/app/connections?view=all");
      assertTrue(all.asNormalizedText().contains("Acme"));
      assertFalse(admin.open("/app/connections").asNormalizedText().contains("Acme"), "mine: admin owns nothing");
      assertEquals(403, status(bob, "/app/connections?view=all"));
      assertTrue(
          bob.open("/app/connections").getAnchors().stream().noneMatch(a -> a.getHrefAttribute().contains("view=all")));
    }
  }

  @Test
  void aDisabledTeammatesConnectionsKeepWorkingAndAreTransferredAllOrNothing() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base);
        Browser carol = new Browser(base); Browser vera = new Browser(base); Browser dave = new Browser(base)) {
      long acme = castWithAcmeSharedWithCarolAndVera(admin, bob, carol, vera, dave);
      long bobId = TestDatabase.userId("bob");
      TestDatabase.insertConnection(bobId, "Globex", "ACTIVE", null);
      TestDatabase.insertConnection(TestDatabase.userId("dave"), "acme", "ACTIVE", null);

      HtmlPage teammates = admin.open("/app/teammates");
      submit(formWithAction(teammates, "/app/teammates/" + bobId + "/disable"));

      // the sharee keeps the connection and may still test it; the page flags the disabled owner
      HtmlPage shared = carol.open("/app/connections?view=shared");
      assertTrue(shared.asNormalizedText().contains("owner disabled"), shared.asNormalizedText());
      assertEquals(200, post(carol, "/app/connections/" + acme + "/test", Map.of()));
      assertTrue(admin.open("/app/connections?view=all").asNormalizedText().contains("owner disabled"));

      // dave already has an "acme": refused, nothing moves
      HtmlPage refused = transferAll(admin, bobId, "dave");
      assertTrue(refused.asNormalizedText().contains("already has a connection called \"Acme\""),
          refused.asNormalizedText());
      assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM slack_connection WHERE owner_id = ?", bobId));

      HtmlPage moved = transferAll(admin, bobId, "carol");
      assertTrue(moved.asNormalizedText().contains("Transferred 2 connections."), moved.asNormalizedText());
      long carolId = TestDatabase.userId("carol");
      assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM slack_connection WHERE owner_id = ?", bobId));
      assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM slack_connection WHERE owner_id = ?", carolId));
      assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM connection_share WHERE user_id = ?", carolId),
          "the new owner's own share ended");
      assertEquals(200, status(vera, "/app/connections/" + acme), "other shares stay");
      assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'transferred'"));
      assertTrue(carol.open("/app/connections").asNormalizedText().contains("Globex"));
      // now the owner, carol may rename it
      assertEquals(200, post(carol, "/app/connections/" + acme + "/rename", Map.of("nickname", "Acme (carol)")));
      assertEquals("Acme (carol)",
          TestDatabase.queryString("SELECT nickname FROM slack_connection WHERE id = ?", acme));
    }
  }

  @Test
  void anAdminTransfersOneConnectionOnItsPageToAnEnabledBuilderOnly() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base);
        Browser carol = new Browser(base); Browser vera = new Browser(base); Browser dave = new Browser(base)) {
      long acme = castWithAcmeSharedWithCarolAndVera(admin, bob, carol, vera, dave);
      HtmlPage detail = admin.open("/app/connections/" + acme);
      HtmlForm form = formWithAction(detail, "/transfer");
      assertTrue(form.getSelectByName("newOwnerId").getOptions().stream().noneMatch(o -> o.getText().contains("vera")),
          "a VIEWER cannot own connections");
      assertEquals(200, post(admin, "/app/connections/" + acme + "/transfer",
          Map.of("newOwnerId", String.valueOf(TestDatabase.userId("vera")))));
      assertEquals(TestDatabase.userId("bob"),
          TestDatabase.queryLong("SELECT owner_id FROM slack_connection WHERE id = ?", acme));
      form.getSelectByName("newOwnerId").setSelectedAttribute(String.valueOf(TestDatabase.userId("dave")), true);
      HtmlPage after = submit(form);
      assertTrue(after.asNormalizedText().contains("now belongs to Dave Builder"), after.asNormalizedText());
      assertEquals(TestDatabase.userId("dave"),
          TestDatabase.queryLong("SELECT owner_id FROM slack_connection WHERE id = ?", acme));
    }
  }

  @Test
  void theThemeFollowsTheConfigurationUntilAPersonChoosesTheirOwn() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      signIn(bob, "bob", PASSWORD);
      assertEquals("/themes/default/console.css", stylesheet(admin.open("/app/connections")),
          "CONSOLE_THEME's default");
      for (String theme : List.of("default", "dark", "high-contrast")) {
        assertEquals(200, bob.get("/themes/" + theme + "/console.css").getWebResponse().getStatusCode(), theme);
      }

      HtmlForm form = formWithAction(bob.open("/app/profile"), "/app/profile/theme");
      form.getSelectByName("theme").setSelectedAttribute("dark", true);
      HtmlPage saved = submit(form);
      assertEquals("/themes/dark/console.css", stylesheet(saved));
      assertEquals("dark", TestDatabase.queryString("SELECT theme FROM console_user WHERE username = 'bob'"));
      assertEquals("/themes/dark/console.css", stylesheet(bob.open("/app/connections")));
      assertEquals("/themes/default/console.css", stylesheet(admin.open("/app/connections")), "others keep theirs");

      assertEquals(200, post(bob, "/app/profile/theme", Map.of("theme", "no-such-theme")));
      assertEquals("dark", TestDatabase.queryString("SELECT theme FROM console_user WHERE username = 'bob'"));
      assertEquals(403, bob.post("/app/profile/theme", List.of(new NameValuePair("theme", "default")))
          .getWebResponse().getStatusCode(), "no CSRF token");

      form = formWithAction(bob.open("/app/profile"), "/app/profile/theme");
      form.getSelectByName("theme").setSelectedAttribute("", true);
      assertEquals("/themes/default/console.css", stylesheet(submit(form)), "back to the console's default");
    }
  }

  /**
   * The menu offers what each role may open (Webhooks and Teammates to ADMINs, API tokens to BUILDERs and ADMINs)
   * and marks the section of the page shown, and only that, with {@code aria-current="page"}; pages outside the
   * menu mark none. It is a {@code <details>} menu, so a narrow screen can fold it without script.
   */
  @Test
  void theMenuMarksTheCurrentSectionAndOffersEachRoleItsPages() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      signIn(bob, "bob", PASSWORD);
      TestDatabase.insertConnection(TestDatabase.userId("admin"), "Acme", "ACTIVE", null);
      long acme = TestDatabase.connectionId("Acme");

      Map<String, String> sections = new java.util.LinkedHashMap<>();
      sections.put("/app/connections", "Connections");
      sections.put("/app/connections/" + acme, "Connections");
      sections.put("/app/connections/" + acme + "/audit", "Connections");
      sections.put("/app/connections/" + acme + "/cards/search-users", "Connections");
      sections.put("/app/cards", "Action cards");
      sections.put("/app/cards/search-users", "Action cards");
      sections.put("/app/bulk-runs", "Bulk runs");
      sections.put("/app/bulk-runs/new", "Bulk runs");
      sections.put("/app/tokens", "API tokens");
      sections.put("/app/teammates", "Teammates");
      sections.put("/app/webhooks", "Webhooks");
      sections.put("/app/notifications", "Notifications");
      sections.put("/app/profile", "Profile");
      for (Map.Entry<String, String> section : sections.entrySet()) {
        HtmlPage page = admin.open(section.getKey());
        assertEquals(List.of(section.getValue()), marked(page), section.getKey());
      }
      assertEquals(List.of(), marked(admin.open("/app/signout")), "sign out is no section");
      assertEquals(List.of(), marked(admin.open("/privacy")));

      HtmlPage adminsMenu = admin.open("/app/connections");
      assertEquals(List.of("Connections", "Action cards", "Bulk runs", "API tokens", "Teammates", "Webhooks",
          "Notifications", "Profile"), menu(adminsMenu));
      assertEquals("Menu", adminsMenu.querySelector("header details.menu > summary").asNormalizedText());
      assertEquals(List.of("Connections", "Action cards", "Bulk runs", "API tokens", "Notifications", "Profile"),
          menu(bob.open("/app/connections")), "no Teammates or Webhooks for a BUILDER");
      assertEquals(List.of("Profile"), marked(bob.open("/app/profile")));
    }
  }

  private static List<String> menu(HtmlPage page) {
    return page.querySelectorAll("nav[aria-label=Main] a").stream().map(a -> a.asNormalizedText()).toList();
  }

  private static List<String> marked(HtmlPage page) {
    return page.querySelectorAll("nav[aria-label=Main] a[aria-current=page]").stream()
        .map(a -> a.asNormalizedText()).toList();
  }

  @Test
  void someoneWhoOwnsNothingButHasConnectionsSharedWithThemLandsOnSharedWithMe() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base);
        Browser carol = new Browser(base); Browser vera = new Browser(base); Browser dave = new Browser(base)) {
      castWithAcmeSharedWithCarolAndVera(admin, bob, carol, vera, dave);

      HtmlPage landed = carol.open("/app/connections");
      assertTrue(landed.getElementById("landed-on-shared").asNormalizedText().startsWith(
          "You own no connection yet, so this is Shared with me"), landed.asNormalizedText());
      assertTrue(landed.asNormalizedText().contains("Shared by Bob Builder"), landed.asNormalizedText());
      assertEquals("Shared with me", landed.querySelector("nav.views a[aria-current=page]").asNormalizedText());
      assertTrue(vera.open("/app/connections").asNormalizedText().contains("Shared by Bob Builder"), "a VIEWER too");

      // asked for Mine, it is empty, and says where the shared ones are
      HtmlPage mine = carol.open("/app/connections?view=mine");
      assertTrue(mine.asNormalizedText().contains("No connections yet"), mine.asNormalizedText());
      assertTrue(mine.getElementById("see-shared").asNormalizedText().contains("1 connection is shared with you"),
          mine.asNormalizedText());
      assertTrue(mine.getAnchorByText("1 connection is shared with you").getHrefAttribute().endsWith("view=shared"));

      HtmlPage nothing = dave.open("/app/connections");
      assertTrue(nothing.asNormalizedText().contains("No connections yet"), nothing.asNormalizedText());
      assertTrue(nothing.getElementById("landed-on-shared") == null && nothing.getElementById("see-shared") == null);
      assertTrue(bob.open("/app/connections").getElementById("landed-on-shared") == null, "an owner stays on Mine");
    }
  }

  @Test
  void theShareFormSaysWhenThereIsNobodyToShareWithAndSharesWithSeveralAtOnceButNeverWithAdmins() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      signIn(bob, "bob", PASSWORD);
      TestDatabase.insertConnection(TestDatabase.userId("bob"), "Acme", "ACTIVE", null);
      long acme = TestDatabase.connectionId("Acme");
      String path = "/app/connections/" + acme;

      // nobody but the owner and an ADMIN: a hint instead of no form at all, with the way to teammates for ADMINs
      HtmlPage alone = bob.open(path);
      assertTrue(alone.getElementById("share-nobody").asNormalizedText().startsWith(
          "There is nobody to share it with yet"), alone.asNormalizedText());
      assertTrue(alone.getElementById("share-nobody").asNormalizedText().contains("Ask an ADMIN"));
      HtmlPage adminsView = admin.open(path);
      assertTrue(adminsView.getAnchorByText("Add teammates").getHrefAttribute().endsWith("/app/teammates"));

      addTeammate(admin, "carol", "Carol Builder", "BUILDER");
      addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
      addTeammate(admin, "ann", "Ann Admin", "ADMIN");
      HtmlForm form = formWithAction(bob.open(path), "/shares");
      assertEquals(List.of("carol", "vera"),
          form.getInputsByName("username").stream().map(box -> box.getValueAttribute()).toList(),
          "ADMINs see every connection: they are not offered");
      HtmlPage shared = ConsolePages.shareWith(bob, acme, "carol", "vera");
      assertTrue(shared.asNormalizedText().contains("Shared with Carol Builder, Vera Viewer."),
          shared.asNormalizedText());
      assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM connection_share WHERE connection_id = ?", acme));
      assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ?"
          + " AND action = 'shared'", acme));
      assertTrue(shared.getElementById("share-nobody").asNormalizedText().startsWith(
          "It is shared with every teammate who is not an ADMIN"), shared.asNormalizedText());

      // the service refuses an ADMIN, and an empty choice, saying why
      HtmlPage notAnAdmin = postForPage(bob, path + "/shares", Map.of("username", "ann"));
      assertTrue(notAnAdmin.asNormalizedText().contains("Ann Admin is an ADMIN and sees every connection already."),
          notAnAdmin.asNormalizedText());
      assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM connection_share WHERE user_id = ?",
          TestDatabase.userId("ann")));
      HtmlPage noneTicked = postForPage(bob, path + "/shares", Map.of());
      assertTrue(noneTicked.asNormalizedText().contains("Choose at least one teammate to share \"Acme\" with."),
          noneTicked.asNormalizedText());
      assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM connection_share WHERE connection_id = ?", acme));
    }
  }

  @Test
  void aNewTeammateIsAViewerUnlessChosenOtherwiseAndEachRoleIsExplainedWhereItIsChosen() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage teammates = admin.open("/app/teammates");
      HtmlForm form = formWithAction(teammates, "/app/teammates");
      HtmlSelect role = form.getSelectByName("role");
      assertEquals("VIEWER", role.getSelectedOptions().get(0).getValueAttribute(), "the least role by default");
      assertEquals(List.of("VIEWER", "BUILDER", "ADMIN"),
          role.getOptions().stream().map(o -> o.getValueAttribute()).toList());
      assertEquals("role-help", role.getAttribute("aria-describedby"));
      String help = teammates.getElementById("role-help").asNormalizedText();
      assertTrue(help.contains("VIEWER: sees the connections shared with them"), help);
      assertTrue(help.contains("BUILDER: creates connections"), help);
      assertTrue(help.contains("ADMIN: everything, on every connection"), help);

      form.getInputByName("username").setValue("nina");
      form.getInputByName("displayName").setValue("Nina New");
      form.getInputByName("password").setValue(PASSWORD);
      HtmlPage added = submit(form);
      assertTrue(added.asNormalizedText().contains("Added nina as VIEWER."), added.asNormalizedText());
      assertEquals("VIEWER", TestDatabase.queryString("SELECT role FROM console_user WHERE username = 'nina'"));
    }
  }

  /** Sets up the cast, bob creates nothing through Slack: his "Acme" is stored directly, then shared on its page. */
  private long castWithAcmeSharedWithCarolAndVera(Browser admin, Browser bob, Browser carol, Browser vera,
      Browser dave) {
    addTeammate(admin, "bob", "Bob Builder", "BUILDER");
    addTeammate(admin, "carol", "Carol Builder", "BUILDER");
    addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
    addTeammate(admin, "dave", "Dave Builder", "BUILDER");
    for (Map.Entry<Browser, String> who : Map.of(bob, "bob", carol, "carol", vera, "vera", dave, "dave").entrySet()) {
      signIn(who.getKey(), who.getValue(), PASSWORD);
    }
    TestDatabase.insertConnection(TestDatabase.userId("bob"), "Acme", "ACTIVE", null);
    long acme = TestDatabase.connectionId("Acme");
    for (String teammate : List.of("carol", "vera")) {
      ConsolePages.shareWith(bob, acme, teammate);
    }
    assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM connection_share WHERE connection_id = ?", acme));
    return acme;
  }

  private static HtmlPage transferAll(Browser admin, long fromId, String toUsername) {
    HtmlForm form = formWithAction(admin.open("/app/teammates"), "/app/teammates/" + fromId + "/transfer");
    form.getSelectByName("newOwnerId").setSelectedAttribute(String.valueOf(TestDatabase.userId(toUsername)), true);
    return submit(form);
  }

  private static int status(Browser browser, String path) {
    return browser.get(path).getWebResponse().getStatusCode();
  }

  /** A POST with the browser's own CSRF token, as the page's forms would send it; answers the final status. */
  private static int post(Browser browser, String path, Map<String, String> fields) {
    String csrf = formWithAction(browser.open("/app/profile"), "/app/signout").getInputByName("_csrf").getValue();
    List<NameValuePair> parameters = new java.util.ArrayList<>();
    parameters.add(new NameValuePair("_csrf", csrf));
    fields.forEach((name, value) -> parameters.add(new NameValuePair(name, value)));
    return browser.post(path, parameters).getWebResponse().getStatusCode();
  }

  /** As {@link #post}, answering the page the browser ends on. */
  private static HtmlPage postForPage(Browser browser, String path, Map<String, String> fields) {
    String csrf = formWithAction(browser.open("/app/profile"), "/app/signout").getInputByName("_csrf").getValue();
    List<NameValuePair> parameters = new java.util.ArrayList<>();
    parameters.add(new NameValuePair("_csrf", csrf));
    fields.forEach((name, value) -> parameters.add(new NameValuePair(name, value)));
    return (HtmlPage) browser.post(path, parameters);
  }

  private static String fact(HtmlPage page, String selector) {
    return page.querySelector(selector).asNormalizedText();
  }

  private static String stylesheet(HtmlPage page) {
    return ((org.htmlunit.html.HtmlElement) page.getFirstByXPath("//link[@rel='stylesheet']"))
        .getAttribute("href").replaceFirst("^.*?(/themes/)", "$1");
  }

  private static List<String> nicknames(ApiClient.Response list) {
    assertEquals(200, list.status(), list.toString());
    return StreamSupport.stream(list.object().getAsJsonArray("items").spliterator(), false)
        .map(JsonElement::getAsJsonObject).map(o -> o.get("nickname").getAsString()).toList();
  }
}
