package com.slackadmin.connections.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.slackadmin.connections.support.Chromium;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.DeployedWar;
import com.slackadmin.connections.support.Deployments;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.SlackPages;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: headless Chromium walks the New Connection flow through the Slack sandbox,
 * tests the connection, and axe-core checks every console page, in every theme, for serious or critical
 * accessibility violations. Screenshots of the Connections page land in {@code target/browser/}.
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

  /** Signs in to the sandbox's Slack as {@code email} and presses Authorize, whatever page Slack shows first. */
  private void authorizeInSandboxAs(String email) {
    for (int step = 0; step < 5; step++) {
      if (!browser.findElements(By.cssSelector("button[name=decision][value=allow]")).isEmpty()) {
        assertTrue(text().contains(email), text());
        WebElement allow = browser.findElement(By.cssSelector("button[name=decision][value=allow]"));
        allow.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(allow));
        return;
      }
      if (!browser.findElements(By.name("password")).isEmpty()) {
        type("email", email);
        type("password", SlackPages.PASSWORD);
        submit("/sandbox/oauth/signin");
      } else {
        WebElement account = browser.findElement(By.partialLinkText("(" + email + ")"));
        account.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(account));
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
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

}
