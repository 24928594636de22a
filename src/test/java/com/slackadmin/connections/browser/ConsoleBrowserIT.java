package com.slackadmin.connections.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.Chromium;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.DeployedWar;
import com.slackadmin.connections.support.Deployments;
import com.slackadmin.connections.support.Eventually;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.SlackPages;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: headless Chromium walks the New Connection flow through the Slack sandbox,
 * tests the connection, and axe-core checks every console page, in every theme, for serious or critical
 * accessibility violations; then every page of the console and the sandbox, in every theme, at 1280 and 375 px
 * must fit the window. Screenshots land in {@code target/browser/}.
 *
 * <p>Runs only in the {@code browser} Maven profile: {@code ./mvnw verify -Pbrowser}.
 */
class ConsoleBrowserIT extends DeployedWar {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final List<String> THEMES = List.of("default", "dark", "high-contrast");

  final String base = Deployments.localBase();
  ChromeDriver browser;
  Path screenshots;
  final List<String> violations = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    TestDatabase.reset();
    new SandboxControl(base).reset();
    screenshots = Files.createDirectories(Path.of(System.getProperty("it.outputDir", "target"), "browser"));
    browser = Chromium.start();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void newConnectionThroughTheSandboxThenTestAndACardAndEveryPageInEveryThemeHasNoSeriousAxeViolation()
      throws IOException {
    open("/app/setup");
    checkAccessibility("setup");
    type("username", "admin");
    type("displayName", "Ada Admin");
    type("password", ConsolePages.PASSWORD);
    type("passwordAgain", ConsolePages.PASSWORD);
    submit("/app/setup");
    // setting up signs the new ADMIN in; out again, to check the sign-in page too
    submit("/app/signout");

    open("/app/signin");
    checkAccessibility("sign-in");
    type("username", "admin");
    type("password", ConsolePages.PASSWORD);
    submit("/app/signin");

    open("/app/connections");
    assertTrue(text().contains("No connections yet"), text());
    checkAccessibility("connections (empty)");

    open("/app/connections/new");
    checkAccessibility("new connection");
    type("nickname", "Plus workspace");
    submit("/app/connections");
    authorizeInSandboxAs("owner@plus.example");

    assertTrue(text().contains("Connection \"Plus workspace\" is ready"), text());
    String detail = browser.getCurrentUrl().replace(base, "");
    checkAccessibility("connection detail");
    submit("/test");
    assertTrue(text().contains("The connection works"), text());
    checkAccessibility("connection detail after Test");

    open(detail + "/cards/search-users");
    checkAccessibility("card form");
    type("email", "member@plus.example");
    submit("/cards/search-users");
    assertTrue(text().contains("member@plus.example"), text());
    checkAccessibility("card output");

    open("/app/connections");
    assertTrue(text().contains("Plus workspace"), text());
    checkAccessibility("connections");
    screenshot("connections.png");

    open("/app/bulk-runs/new?connection=" + detail.substring(detail.lastIndexOf('/') + 1));
    checkAccessibility("new bulk run");
    browser.findElement(By.id("lines")).sendKeys("member@plus.example");
    browser.findElement(By.id("dryRun")).click();
    submit("/app/bulk-runs/new");
    assertTrue(text().contains("Dry run"), text());
    checkAccessibility("bulk run");

    for (String page : List.of("/app/bulk-runs", detail + "/audit", detail + "/delete", "/app/connections?view=shared",
        "/app/connections?view=all", "/app/teammates", "/app/tokens", "/app/profile", "/privacy")) {
      open(page);
      checkAccessibility(page);
    }

    for (String theme : THEMES) {
      open("/app/profile");
      new Select(browser.findElement(By.id("theme"))).selectByValue(theme);
      submit("/app/profile/theme");
      assertTrue(browser.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href")
          .endsWith("/themes/" + theme + "/console.css"), theme);
      checkAccessibility("profile in " + theme);
      open(detail);
      checkAccessibility("connection detail in " + theme);
      open("/app/connections");
      checkAccessibility("connections in " + theme);
      screenshot("connections-" + theme + ".png");
    }

    Files.write(screenshots.resolve("axe-violations.txt"), violations);
    assertEquals(List.of(), violations, "serious or critical axe-core violations");
  }

  /**
   * The Connections page with realistic data (60 connections, long Slack names, five sharees each, a month of
   * uses) fits a 1280 px and a 375 px wide window in every theme: nothing scrolls sideways. Screenshots of each go
   * to {@code target/browser/}. Then the product spec's own path, from the card: Action cards, a card, New
   * Connection, Slack's Authorize, back on the card with the new connection chosen, Run.
   */
  @Test
  void theConnectionsPageFitsWideAndNarrowInEveryThemeAndACardLeadsIntoNewConnectionAndBack() throws IOException {
    setUpAndSignInAsAdmin();
    List<String> sharees = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      open("/app/teammates");
      type("username", "teammate" + i);
      type("displayName", "Teammate Number " + i + " Of The Identity Team");
      type("password", ConsolePages.PASSWORD);
      new Select(browser.findElement(By.name("role"))).selectByValue("BUILDER");
      submit("/app/teammates");
      sharees.add("teammate" + i);
    }
    seedRealisticConnections(60, sharees);

    for (String theme : THEMES) {
      chooseTheme(theme);
      for (int width : List.of(1280, 375)) {
        browser.manage().window().setSize(new Dimension(width, 900));
        open("/app/connections?view=mine");
        assertTrue(text().contains("60 connections"), text());
        assertEquals(List.of(), sidewaysScroll(), "60 connections at " + width + " px in " + theme);
        checkAccessibility("connections with 60 rows at " + width + " px in " + theme);
        screenshot("connections-" + theme + "-" + width + ".png");
      }
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
    chooseTheme("default");

    open("/app/cards");
    checkAccessibility("action cards");
    browser.findElement(By.linkText("Deactivate User")).click();
    assertTrue(browser.getCurrentUrl().endsWith("/app/cards/deactivate-user"), browser.getCurrentUrl());
    checkAccessibility("a card offering the 60 connections and New Connection");
    type("userId", "U01PLUSME02");
    press("new-connection");
    type("nickname", "Made from a card");
    submit("/app/connections");
    authorizeInSandboxAs("admin@plus.example");

    assertTrue(browser.getCurrentUrl().contains("/app/cards/deactivate-user"), browser.getCurrentUrl());
    assertTrue(text().contains("Connection \"Made from a card\" is ready"), text());
    assertEquals("U01PLUSME02", browser.findElement(By.name("userId")).getAttribute("value"), "the input is kept");
    assertTrue(new Select(browser.findElement(By.id("connection"))).getFirstSelectedOption().getText()
        .startsWith("Made from a card"), "the new connection is chosen");
    checkAccessibility("the card, back from New Connection");
    press("run");
    assertTrue(browser.findElement(By.id("card-confirm")).getText().contains("member2@plus.example"), text());
    checkAccessibility("the card asking to confirm");
    press("confirm");
    assertTrue(browser.findElement(By.id("card-summary")).getText().startsWith("Deactivated "), text());
    browser.findElement(By.xpath("//summary[contains(., 'Output as JSON')]")).click();
    assertTrue(browser.findElement(By.id("output-json")).getText().contains("\"active\": false"), text());
    checkAccessibility("the card's output");

    Files.write(screenshots.resolve("axe-violations-wide-and-narrow.txt"), violations);
    assertEquals(List.of(), violations, "serious or critical axe-core violations");
  }

  /**
   * The check: at 1280 x 900 the Connections page does not scroll sideways with long names, five sharees
   * and a connection in trouble; at 375 px each connection is a stacked card of labelled facts, the column
   * headers kept for screen readers; a connection's page charts its uses. In every theme, with axe-core.
   */
  @Test
  void theConnectionsPageFitsA1280PixelWindowAndStacksEachConnectionAt375Pixels() throws IOException {
    long busy = connectionsWithLongNamesAndFiveSharees();
    // the data was made through another client's session: this browser has none yet
    signInAsAdmin();
    for (String theme : THEMES) {
      // the theme as the Profile page stores it (the walk-through above chooses it there)
      TestDatabase.update("UPDATE console_user SET theme = ? WHERE username = 'admin'", theme);
      browser.manage().window().setSize(new Dimension(1280, 900));
      openSignedIn("/app/connections?view=all");
      assertTrue(browser.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href")
          .endsWith("/themes/" + theme + "/console.css"), theme);
      // a compact row may end a long fact in "...": the whole of it is the line's title, as a pointer shows it
      assertTrue(((String) script("return document.querySelector('.shared-with').closest('.line').title"))
          .contains("Shared with admin, ben, cai, cleo, dan"), text());
      assertEquals(List.of(), sidewaysScroll(), "at 1280 px in " + theme);
      checkAccessibility("connections at 1280 px in " + theme);
      screenshot("connections-1280-" + theme + ".png");

      browser.manage().window().setSize(new Dimension(375, 812));
      openSignedIn("/app/connections?view=all");
      assertTrue(text().contains("Shared with admin, ben, cai, cleo, dan"), browser.getCurrentUrl() + "\n" + text());
      script("document.querySelector('table.connections tbody tr').scrollIntoView()");
      screenshot("connections-375-" + theme + ".png");
      assertEquals(List.of(), sidewaysScroll(), "at 375 px in " + theme);
      assertEquals("block", script("return getComputedStyle(document.querySelector('table.connections tbody tr'))"
          + ".display"), "a row is a card");
      assertEquals("\"Status\"", script("return getComputedStyle(document.querySelector('td.status'), '::before')"
          + ".content"), "each fact is labelled");
      assertEquals(6L, script("return document.querySelectorAll('table.connections thead th').length"));
      assertTrue(((Number) script("return document.querySelector('table.connections thead').getBoundingClientRect()"
          + ".height")).doubleValue() <= 1, "the column headers are out of sight, not out of the page");
      checkAccessibility("connections at 375 px in " + theme);

      browser.manage().window().setSize(new Dimension(1280, 900));
      openSignedIn("/app/connections/" + busy);
      assertTrue(text().contains("30 days: 6 uses (3 ok, 2 refused, 1 failed)"), text());
      assertEquals(List.of(), sidewaysScroll(), "a connection's page at 1280 px in " + theme);
      checkAccessibility("connection with activity in " + theme);
      script("document.getElementById('activity-title').scrollIntoView()");
      screenshot("connection-activity-" + theme + ".png");
    }
    Files.write(screenshots.resolve("axe-violations-layout.txt"), violations);
    assertEquals(List.of(), violations, "serious or critical axe-core violations");
  }

  /**
   * Every page a browser may GET from the console and the Slack sandbox ({@link ConsolePageWalk}, checked against
   * the controllers by {@link EveryPageIsWalkedTest}) fits a 1280 x 900 and a 375 x 812 window in every theme, with
   * an identity team's data: long names, 61 connections, a finished bulk run with refused and failed rows,
   * notifications, a webhook and its delivery log, teammates and a disabled one's connections to transfer. On each
   * console page the menu marks its section, and at 375 px the header stays short. Each failure names the page, the
   * theme, the width and the element. Screenshots of each page go to {@code target/browser/walk/}, and those the
   * README shows to {@code target/browser/readme/}.
   */
  @Test
  void everyPageFitsWideAndNarrowInEveryThemeAndTheMenuMarksWhereYouAre() throws IOException {
    List<String> failures = new ArrayList<>();
    Files.createDirectories(screenshots.resolve("walk"));
    Files.createDirectories(screenshots.resolve("readme"));
    for (int width : WIDTHS) {
      narrowOrWide(width);
      walkPages(ConsolePageWalk.signedOutPages(), "signed out", width, failures);
    }
    ConsolePageWalk.Seeded seeded = anIdentityTeamsData();

    for (String theme : THEMES) {
      chooseTheme(theme);
      for (int width : WIDTHS) {
        narrowOrWide(width);
        walkPages(ConsolePageWalk.pages(seeded), theme, width, failures);
        // the README's pictures: the 61 connections in each theme, a finished bulk run, the menu opened
        openSignedIn("/app/connections?view=mine");
        screenshot("readme/connections-" + width + "-" + theme + ".png");
        if ("default".equals(theme)) {
          openSignedIn("/app/bulk-runs/" + seeded.bulkRun());
          // its counts and rows, which the facts above them would push out of a 375 px screen
          script("document.getElementById('" + (width < 800 ? "rows-title" : "progress-title") + "').scrollIntoView()");
          screenshot("readme/bulk-run-" + width + ".png");
          openSignedIn("/app/connections?view=mine");
          script("document.querySelector('details.menu').open = true");
          screenshot("readme/menu-open-" + width + ".png");
        }
      }
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
    Files.write(screenshots.resolve("walk-failures.txt"), failures);
    assertEquals(List.of(), failures, "pages that scroll sideways or whose menu is wrong");
  }

  private static final List<Integer> WIDTHS = List.of(1280, 375);

  private void narrowOrWide(int width) {
    browser.manage().window().setSize(new Dimension(width, width < 800 ? 812 : 900));
  }

  /** Opens each address, checks it fits the window and its menu, and takes its screenshot. */
  private void walkPages(Map<String, List<String>> pages, String theme, int width, List<String> failures)
      throws IOException {
    for (var page : pages.entrySet()) {
      for (int i = 0; i < page.getValue().size(); i++) {
        String path = page.getValue().get(i);
        open(path);
        String where = path + " (" + page.getKey() + ") in " + theme + " at " + width + " px: ";
        if (!path.startsWith("/app/sign") && !path.startsWith("/app/setup")
            && browser.getCurrentUrl().contains("/app/signin")) {
          failures.add(where + "sent to sign in");
          continue;
        }
        for (String element : sidewaysScroll()) {
          failures.add(where + element);
        }
        failures.addAll(menuProblems(path).stream().map(problem -> where + problem).toList());
        String name = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        if (name.length() > 60) {
          name = page.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + (i + 1);
        }
        wholePageScreenshot("walk/" + theme + "-" + width + "-" + name + ".png");
      }
    }
  }

  private static final List<String> MENU_SECTIONS = List.of("connections", "cards", "bulk-runs", "tokens", "teammates",
      "webhooks", "notifications", "profile");

  /**
   * On a console page the menu marks the page's section, and only that one, with {@code aria-current="page"}; an
   * ADMIN's menu offers Webhooks; at 375 px the header is at most 100 px tall.
   */
  private List<String> menuProblems(String path) {
    List<String> problems = new ArrayList<>();
    if (browser.findElements(By.cssSelector("nav[aria-label=Main]")).isEmpty()) {
      return problems;
    }
    String section = path.replaceAll("^/app/([a-z-]+).*$", "$1");
    List<String> marked = browser.findElements(By.cssSelector("nav[aria-label=Main] a[aria-current=page]")).stream()
        .map(a -> a.getAttribute("href").replaceAll("^.*/app/", "")).toList();
    List<String> expected = MENU_SECTIONS.contains(section) ? List.of(section) : List.of();
    if (!marked.equals(expected)) {
      problems.add("the menu marks " + marked + " as the current page, not " + expected);
    }
    if (browser.findElements(By.cssSelector("nav[aria-label=Main] a[href$='/app/webhooks']")).isEmpty()) {
      problems.add("the ADMIN's menu has no Webhooks");
    }
    double header = ((Number) script("return document.querySelector('.site-header').getBoundingClientRect().height"))
        .doubleValue();
    if (browser.manage().window().getSize().getWidth() < 800 && header > 100) {
      problems.add("the header is " + Math.round(header) + " px tall");
    }
    return problems;
  }

  /**
   * An ADMIN with five teammates (one disabled, owning connections), a connection made through the sandbox with a
   * long nickname, 60 more with long Slack names, an API token and a webhook with long names, a finished bulk run
   * with done, refused and failed rows, and notifications; two people signed in to the sandbox's Slack.
   */
  private ConsolePageWalk.Seeded anIdentityTeamsData() {
    setUpAndSignInAsAdmin();
    List<String> sharees = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      open("/app/teammates");
      type("username", "teammate" + i);
      type("displayName", "Teammate Number " + i + " Of The Identity And Access Management Team");
      type("password", ConsolePages.PASSWORD);
      new Select(browser.findElement(By.name("role"))).selectByValue("BUILDER");
      submit("/app/teammates");
      sharees.add("teammate" + i);
    }
    long leaver = TestDatabase.userId("teammate5");
    TestDatabase.insertConnection(leaver, "Left behind by a leaver: legal-hold exports for the EMEA subsidiaries",
        "ACTIVE", null);
    open("/app/teammates");
    submit("/app/teammates/" + leaver + "/disable");

    open("/app/connections/new");
    type("nickname", "Globex Corporation: identity lifecycle automation (production tenant)");
    submit("/app/connections");
    String authorizeUrl = browser.getCurrentUrl();
    authorizeInSandboxAs("admin@plus.example");
    long connection = Long.parseLong(browser.getCurrentUrl().replaceAll("^.*/app/connections/([0-9]+).*$", "$1"));
    // a second person signed in to the sandbox's Slack: its authorize page then asks which account
    String authorizeQuery = authorizeUrl.substring(authorizeUrl.indexOf('?') + 1);
    open("/sandbox/oauth/v2/authorize?" + authorizeQuery + "&add_account=1");
    type("email", "owner@plus.example");
    type("password", SlackPages.PASSWORD);
    submit("/sandbox/oauth/signin");
    String consentAccount = browser.getCurrentUrl().replaceAll("^.*[?&]account=([^&]+).*$", "$1");

    seedRealisticConnections(60, sharees);

    open("/app/tokens");
    type("name", "Nightly reconciliation of every Globex workspace's members with the HR system");
    submit("/app/tokens");
    open("/app/webhooks");
    type("url", "http://localhost:9/hooks/identity-and-access-management/slack-admin-connections/"
        + "notifications-receiver-for-the-production-environment-of-globex-corporation");
    submit("/app/webhooks");

    open("/app/bulk-runs/new?connection=" + connection);
    new Select(browser.findElement(By.id("card"))).selectByValue("deactivate-user");
    browser.findElement(By.id("lines")).sendKeys("U01PLUSME02\nU01PLUSOW01\n"
        + "an-unbreakable-value-pasted-from-a-spreadsheet-cell-that-is-no-slack-user-id-at-all\nU01NOSUCH01");
    submit("/app/bulk-runs/new");
    long run = Long.parseLong(browser.getCurrentUrl().replaceAll("^.*/app/bulk-runs/([0-9]+).*$", "$1"));
    Eventually.waitUntil("the bulk run to finish", Duration.ofMinutes(2), () -> "FINISHED".equals(
        TestDatabase.queryString("SELECT state FROM bulk_run WHERE id = ?", run)));
    Eventually.waitUntil("the bulk run's notification", Duration.ofMinutes(1),
        () -> TestDatabase.queryLong("SELECT COUNT(*) FROM notification") > 0);
    long event = TestDatabase.queryLong("SELECT MAX(id) FROM notification_event");
    for (int i = 0; i < 3; i++) {
      TestDatabase.update("INSERT INTO notification_event (kind, connection_id, connection_nickname, title, detail,"
          + " payload, occurred_at) SELECT kind, connection_id, connection_nickname, ?, ?, payload, occurred_at"
          + " FROM notification_event WHERE id = ?",
          "\u201cIdentity automation for region 0" + i + " (production)\u201d needs attention",
          "Slack says Alexandra Montgomery-Fitzgerald is now a Member of Globex Corporation International Holdings, "
              + "no longer an Owner or Admin: https://globex-corporation-international.enterprise.slack.com/admin/"
              + "settings#permissions_and_roles_for_workspace_owners_and_admins",
          event);
    }
    TestDatabase.update("INSERT INTO notification (event_id, recipient_id) SELECT e.id, ? FROM notification_event e"
        + " WHERE e.id > ?", TestDatabase.userId("admin"), event);

    open("/app/cards");
    List<String> cards = browser.findElements(By.cssSelector(".card-catalogue a[href*='/app/cards/']")).stream()
        .map(a -> a.getAttribute("href").replaceAll("^.*/app/cards/", "")).distinct().toList();
    assertFalse(cards.isEmpty(), text());
    return new ConsolePageWalk.Seeded(connection, run, cards, authorizeQuery, consentAccount);
  }

  /**
   * Connections as an identity team has them: long org and workspace names, an org-wide Grid install, a few that
   * need attention with Slack's reason, every one shared with five teammates, and uses of every outcome over the
   * last month.
   */
  private static void seedRealisticConnections(int count, List<String> sharees) {
    long adminId = TestDatabase.userId("admin");
    Instant now = Instant.now();
    for (int i = 1; i <= count; i++) {
      String nickname = String.format("Identity automation for region %02d (production)", i);
      TestDatabase.insertConnection(adminId, nickname, i % 7 == 0 ? "PERMISSION_LOST" : "ACTIVE",
          now.minus(Duration.ofHours(i * 5L)));
      long id = TestDatabase.connectionId(nickname);
      boolean grid = i % 3 == 0;
      TestDatabase.update("UPDATE slack_connection SET team_name = ?, enterprise_id = ?, enterprise_name = ?,"
          + " install_level = ?, plan = ?, slack_user_name = ?, slack_user_email = ?, slack_user_role = ?,"
          + " status_reason = ? WHERE id = ?",
          "Globex Corporation International Holdings " + i + " Worldwide Operations Workspace",
          grid ? "E0" + i : null, grid ? "Globex Enterprise Grid Organisation For All Subsidiaries " + i : null,
          grid ? "ORG" : "WORKSPACE", grid ? "enterprise" : "plus", "Alexandra Montgomery-Fitzgerald " + i,
          "alexandra.montgomery-fitzgerald." + i + "@globex-corporation-international.example",
          grid ? "Org Owner" : "Workspace Admin",
          i % 7 == 0 ? "Slack says Alexandra Montgomery-Fitzgerald is now a Member of the workspace, no longer an "
              + "Owner or Admin. Restore the role in Slack, then Test the connection." : null,
          id);
      for (String sharee : sharees) {
        TestDatabase.update("INSERT INTO connection_share (connection_id, user_id, shared_at) VALUES (?, ?, ?)", id,
            TestDatabase.userId(sharee), Timestamp.from(now));
      }
      for (int day = 0; day < 30; day += 1 + i % 4) {
        String outcome = day % 9 == 0 ? "permission_lost" : day % 11 == 0 ? "slack_error" : "ok";
        TestDatabase.insertAuditEntry(id, "admin", "deactivate-user", outcome, now.minus(Duration.ofDays(day)));
      }
    }
  }

  private void setUpAndSignInAsAdmin() {
    open("/app/setup");
    type("username", "admin");
    type("displayName", "Ada Admin");
    type("password", ConsolePages.PASSWORD);
    type("passwordAgain", ConsolePages.PASSWORD);
    submit("/app/setup");
  }

  private void chooseTheme(String theme) {
    open("/app/profile");
    new Select(browser.findElement(By.id("theme"))).selectByValue(theme);
    submit("/app/profile/theme");
  }

  /** Presses the submit button with name {@code intent} and this value. */
  private void press(String intent) {
    WebElement button = browser.findElement(By.cssSelector("button[name=intent][value='" + intent + "']"));
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(gone(button));
  }

  /** Signs this browser in as the ADMIN set up by {@link #connectionsWithLongNamesAndFiveSharees}. */
  private void signInAsAdmin() {
    open("/app/signin");
    type("username", "admin");
    type("password", ConsolePages.PASSWORD);
    submit("/app/signin");
  }

  /** Opens a console page as the signed-in ADMIN: being sent to sign in is a lost session, and fails the test. */
  private void openSignedIn(String path) {
    open(path);
    assertFalse(browser.getCurrentUrl().contains("/app/signin"), "the session ended before " + path);
  }

  /**
   * What sticks out past the window's right edge: the page itself, or any element, named by its tag, id, class and
   * first words. What a scroll container within the window clips (a wide table in {@code .table-scroll}) does not
   * count: the page does not scroll, that container does; nor does what is not rendered (a closed menu's links).
   */
  @SuppressWarnings("unchecked")
  private List<String> sidewaysScroll() {
    return (List<String>) script("var width = document.documentElement.clientWidth, out = [];"
        + " if (document.documentElement.scrollWidth > width) out.push('the page is '"
        + " + document.documentElement.scrollWidth + ' px wide, the window ' + width);"
        + " function insideAScroller(e) { for (var a = e.parentElement; a && a !== document.body; a = a.parentElement)"
        + " { if (getComputedStyle(a).overflowX !== 'visible') return a.getBoundingClientRect().right <= width + 0.5; }"
        + " return false; }"
        + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
        + " if (r.width > 0 && r.right > width + 0.5 && !e.closest('.visually-hidden, thead') && !insideAScroller(e)"
        + " && e.checkVisibility())"
        + " out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className"
        + " ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' \\u201c'"
        + " + (e.textContent || '').trim().replace(/\\s+/g, ' ').substring(0, 40) + '\\u201d ends at '"
        + " + Math.round(r.right)); });"
        + " return out;");
  }

  private Object script(String javascript) {
    return browser.executeScript(javascript);
  }

  /**
   * An ADMIN, five teammates and three connections: one with long names everywhere, shared with all five, in
   * trouble, used in several ways over the last days; one never used; one whose nickname is a single long word.
   */
  private static long connectionsWithLongNamesAndFiveSharees() {
    try (Browser admin = ConsolePages.adminSignedIn(Deployments.localBase())) {
      List<String> mates = List.of("bea", "ben", "cai", "cleo", "dan");
      for (String mate : mates) {
        ConsolePages.addTeammate(admin, mate, mate.toUpperCase(java.util.Locale.ROOT) + " Teammate", "BUILDER");
      }
      long owner = TestDatabase.userId("bea");
      TestDatabase.insertConnection(owner, "Acme Worldwide: identity lifecycle automation (production tenant)",
          "PERMISSION_LOST", Instant.now().minus(Duration.ofHours(3)));
      long busy = TestDatabase.connectionId("Acme Worldwide: identity lifecycle automation (production tenant)");
      TestDatabase.update("UPDATE slack_connection SET enterprise_id = 'E0001', enterprise_name = ?,"
          + " install_level = 'ORG', plan = 'enterprise', slack_user_name = ?, slack_user_email = ?,"
          + " slack_user_role = 'Org Owner', status_reason = ?, last_used_by = 'cleo',"
          + " last_use_outcome = 'permission_lost' WHERE id = ?",
          "Acme Worldwide Holdings International Enterprise Grid Organisation",
          "Maximiliana Wilhelmina Featherstonehaugh-Cholmondeley",
          "maximiliana.wilhelmina.featherstonehaugh-cholmondeley@identity-and-access.acme-worldwide.example.com",
          "Slack says Maximiliana Wilhelmina Featherstonehaugh-Cholmondeley is no longer an Org Owner or Org Admin"
              + " of Acme Worldwide Holdings; an Owner or Admin is required. Reauthorize it as one.",
          busy);
      for (String mate : mates.subList(1, mates.size())) {
        TestDatabase.update("INSERT INTO connection_share (connection_id, user_id, shared_at) VALUES (?, ?, ?)",
            busy, TestDatabase.userId(mate), Timestamp.from(Instant.now()));
      }
      TestDatabase.update("INSERT INTO connection_share (connection_id, user_id, shared_at) VALUES (?, ?, ?)",
          busy, TestDatabase.userId("admin"), Timestamp.from(Instant.now()));
      Instant now = Instant.now();
      String[][] uses = {{"1", "ok"}, {"1", "ok"}, {"4", "slack_unavailable"}, {"9", "ok"},
          {"0", "target_outranks_connection"}, {"0", "permission_lost"}, {"0", "validation_failed"}};
      for (String[] use : uses) {
        TestDatabase.insertAuditEntry(busy, "cleo", "deactivate-user", use[1],
            now.minus(Duration.ofDays(Long.parseLong(use[0]))).minus(Duration.ofHours(2)));
      }
      TestDatabase.insertConnection(owner, "Spare", "ACTIVE", null);
      TestDatabase.insertConnection(owner, "x".repeat(80), "REAUTHORIZATION_REQUIRED", null);
      return busy;
    }
  }

  /** Signs in to the sandbox's Slack as {@code email} and presses Authorize, whatever page Slack shows first. */
  private void authorizeInSandboxAs(String email) {
    for (int step = 0; step < 5; step++) {
      if (!browser.findElements(By.cssSelector("button[name=decision][value=allow]")).isEmpty()) {
        assertTrue(text().contains(email), text());
        WebElement allow = browser.findElement(By.cssSelector("button[name=decision][value=allow]"));
        allow.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(gone(allow));
        return;
      }
      if (!browser.findElements(By.name("password")).isEmpty()) {
        type("email", email);
        type("password", SlackPages.PASSWORD);
        submit("/sandbox/oauth/signin");
      } else {
        WebElement account = browser.findElement(By.partialLinkText("(" + email + ")"));
        account.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(gone(account));
      }
    }
    throw new AssertionError("never reached Slack's consent page: " + text());
  }

  private void checkAccessibility(String page) {
    Results results = new AxeBuilder().analyze(browser);
    for (Rule rule : results.getViolations()) {
      if (BLOCKING.contains(rule.getImpact())) {
        violations.add(page + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
      }
    }
  }

  /** The whole page, not only what the window shows (Chromium's DevTools protocol renders beyond the window). */
  private void wholePageScreenshot(String name) throws IOException {
    Number width = (Number) script("return document.documentElement.clientWidth");
    Number height = (Number) script("return document.documentElement.scrollHeight");
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
            Math.min(height.intValue(), 8000), "scale", 1)));
    Files.write(screenshots.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private void screenshot(String name) throws IOException {
    Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private void open(String path) {
    browser.get(base + path);
  }

  private void type(String name, String value) {
    WebElement field = browser.findElement(By.name(name));
    field.clear();
    field.sendKeys(value);
  }

  /** Presses the submit button of the form whose action ends with {@code actionSuffix}. */
  private void submit(String actionSuffix) {
    WebElement form = browser.findElements(By.tagName("form")).stream()
        .filter(f -> String.valueOf(f.getAttribute("action")).endsWith(actionSuffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no form posting to " + actionSuffix + " on " + browser.getCurrentUrl()));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // a click returns before the next page is there: wait until the form's page is gone
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(gone(form));
  }

  /**
   * The element's page is gone. As {@link ExpectedConditions#stalenessOf}, and also when Chromium answers that the
   * element's node "does not belong to the document", as it may while the next page replaces it.
   */
  private static ExpectedCondition<Boolean> gone(WebElement element) {
    ExpectedCondition<Boolean> stale = ExpectedConditions.stalenessOf(element);
    return driver -> {
      try {
        return stale.apply(driver);
      } catch (WebDriverException detached) {
        if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw detached;
      }
    };
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

}
