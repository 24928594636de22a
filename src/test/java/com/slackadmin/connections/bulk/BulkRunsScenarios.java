package com.slackadmin.connections.bulk;

import static com.slackadmin.connections.support.ConsolePages.createApiToken;
import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.Eventually;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk runs end to end against the sandbox with its published limits on (time-scaled as the server's budget is,
 * see arquillian.xml): the rows' outcomes, the hierarchy rule per row without SCIM calls for refused rows, a
 * demotion that pauses a run and a resume that finishes it, 429s honoured, refused CSVs that create nothing, the
 * console's pages and the rows download.
 */
public abstract class BulkRunsScenarios extends FreshServer {

  static final int SEEDED = 300;
  /** The server's own budget runs this many times faster than Slack's published limits (see the pom). */
  static final double SCALE = Double.parseDouble(System.getProperty("it.rateLimitTimeScale", "30"));
  static final Duration PATIENCE = Duration.ofMinutes(3);

  final SandboxControl sandbox = new SandboxControl(base);
  Browser admin;
  ApiClient api;

  @BeforeEach
  void seededSandboxWithLimits() {
    sandbox.post("/reset", "{\"seedUsers\":" + SEEDED + "}");
    // the same scale as the server's own budget (SLACK_RATE_LIMIT_TIME_SCALE): a run keeps to the limits
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE + "}");
    admin = ConsolePages.adminSignedIn(base);
    api = new ApiClient(base, createApiToken(admin, "bulk test"));
  }

  @AfterEach
  void stopRunsAndCloseBrowser() {
    // a run still going would use the next test's fresh database
    for (JsonElement run : api.get("/api/bulk-runs").json().getAsJsonArray()) {
      api.post("/api/bulk-runs/" + run.getAsJsonObject().get("id").getAsLong() + "/cancel", "");
    }
    admin.close();
  }

  @Test
  void everyRowGetsItsOutcomeAndRefusedRowsNeverReachScim() {
    long connection = connect("Acme", "admin@plus.example");
    String csv = "userId\n" + ids(1, 200) + "U01PLUSOW01\nnot an id\nU01NOSUCH01\n";
    JsonObject run = start(connection, "deactivate-user", csv, false);
    assertEquals(203, run.get("rows").getAsInt());

    JsonObject finished = waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals(200, finished.get("done").getAsInt(), finished.toString());
    assertEquals(2, finished.get("refused").getAsInt(), "the Owner and the malformed id");
    assertEquals(1, finished.get("failed").getAsInt(), "no such user: Slack's 404");

    Map<Integer, JsonObject> rows = rows(run);
    assertEquals("target_outranks_connection", rows.get(202).get("outcome").getAsString());
    assertEquals("validation_failed", rows.get(203).get("outcome").getAsString());
    String notFound = rows.get(204).get("message").getAsString();
    assertTrue(notFound.startsWith("Slack has no such account or group here.") && !notFound.contains("HTTP"),
        "in words, with Slack's text once: " + notFound);

    Map<String, Long> deletes = scimCalls("DELETE");
    assertFalse(deletes.containsKey("/Users/U01PLUSOW01"), "an outranking target never reaches SCIM");
    assertEquals(201, deletes.size(), "each seeded user and the unknown one");
    assertTrue(deletes.values().stream().allMatch(n -> n == 1), "no row's call twice: " + deletes);
    assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM bulk_row WHERE state = 'IN_FLIGHT'"));
    assertTrue(TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'bulk-run-finished'"
        + " AND target LIKE '%200 done, 2 refused, 1 failed%'") == 1);
  }

  @Test
  void aDryRunSaysWhatWouldHappenAndChangesNothing() {
    long connection = connect("Acme", "admin@plus.example");
    JsonObject run = start(connection, "deactivate-user", "userId\n" + ids(1, 30) + "U01PLUSPO01\n", true);
    JsonObject finished = waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals(30, finished.get("done").getAsInt());
    assertEquals(1, finished.get("refused").getAsInt(), "the Primary Owner");
    assertEquals("dry_run", rows(run).get(2).get("outcome").getAsString());
    assertTrue(scimCalls("DELETE").isEmpty(), "no SCIM write");
  }

  @Test
  void aDemotionPausesTheRunAndAResumeFinishesItWithNoRowTwice() {
    long connection = connect("Acme", "admin@plus.example");
    // slow enough to demote mid-run: the sandbox at Slack's own pace would take minutes, so 3x faster
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE / 10 + "}");
    JsonObject run = start(connection, "deactivate-user", "userId\n" + ids(1, SEEDED), false);
    waitFor(run, r -> r.get("done").getAsInt() >= 25);
    sandbox.setRole("admin@plus.example", "member");

    JsonObject paused = waitFor(run, r -> "PAUSED".equals(r.get("state").getAsString()));
    assertTrue(paused.get("stateReason").getAsString().contains("an Owner or Admin is required"), paused.toString());
    assertFalse(paused.has("etaSeconds") && !paused.get("etaSeconds").isJsonNull(), "no time left while held");
    assertEquals("PERMISSION_LOST", TestDatabase.queryString("SELECT status FROM slack_connection WHERE id = ?",
        connection));
    long doneWhenPaused = paused.get("done").getAsLong();
    assertTrue(doneWhenPaused < SEEDED, "paused before the end: " + paused);
    Eventually.waitUntil("the pause's notification", PATIENCE, () -> admin.open("/app/notifications")
        .asNormalizedText().contains("A bulk run with \u201cAcme\u201d paused"));

    sandbox.setRole("admin@plus.example", "admin");
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE + "}");
    assertEquals(200, api.post("/api/bulk-runs/" + run.get("id").getAsLong() + "/resume", "").status());
    JsonObject finished = waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals(SEEDED, finished.get("done").getAsInt(), finished.toString());
    Map<String, Long> deletes = scimCalls("DELETE");
    assertEquals(SEEDED, deletes.size());
    assertTrue(deletes.values().stream().allMatch(n -> n == 1), "no row's call twice: " + deletes.entrySet()
        .stream().filter(e -> e.getValue() > 1).toList());
  }

  /**
   * What a crash leaves: rows whose SCIM call was sent and whose outcome was never stored. Two of them reached
   * Slack (the accounts are deactivated), two did not. Going on, the run asks Slack first: the two are done
   * without a second call, the other two are sent once.
   */
  @Test
  void rowsInFlightAtACrashAreLookedUpAtSlackBeforeTheyAreSentAgain() {
    long connection = connect("Acme", "admin@plus.example");
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE / 30 + "}");
    JsonObject run = start(connection, "deactivate-user", "userId\n" + ids(1, 40), false);
    long id = run.get("id").getAsLong();
    assertEquals(200, api.post("/api/bulk-runs/" + id + "/pause", "").status());
    waitFor(run, r -> "PAUSED".equals(r.get("state").getAsString()));
    List<String> pending = TestDatabase.queryStrings("SELECT inputs FROM bulk_row WHERE run_id = ? AND state = "
        + "'PENDING' ORDER BY line_number", id).stream()
        .map(inputs -> JsonParser.parseString(inputs).getAsJsonObject().get("userId").getAsString()).toList();
    assertTrue(pending.size() >= 10, "rows left: " + pending);
    List<String> reachedSlack = List.of(pending.get(6), pending.get(7));
    List<String> neverSent = List.of(pending.get(8), pending.get(9));
    for (String userId : reachedSlack) {
      assertEquals(200, api.post("/api/connections/" + connection + "/cards/deactivate-user",
          "{\"userId\":\"" + userId + "\"}").status());
    }
    for (String userId : List.of(reachedSlack.get(0), reachedSlack.get(1), neverSent.get(0), neverSent.get(1))) {
      TestDatabase.update("UPDATE bulk_row SET state = 'IN_FLIGHT', attempts = 1, target = ? WHERE run_id = ?"
          + " AND inputs = ?", userId, id, "{\"userId\":\"" + userId + "\"}");
    }
    sandbox.clearCalls();
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE + "}");

    assertEquals(200, api.post("/api/bulk-runs/" + id + "/resume", "").status());
    JsonObject finished = waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals(40, finished.get("done").getAsInt(), finished.toString());
    Map<String, Long> deletes = scimCalls("DELETE");
    for (String userId : reachedSlack) {
      assertFalse(deletes.containsKey("/Users/" + userId), "done before the crash: " + userId);
      assertTrue(TestDatabase.queryString("SELECT message FROM bulk_row WHERE run_id = ? AND target = ?", id,
          userId).contains("already shows"));
    }
    for (String userId : neverSent) {
      assertEquals(1L, deletes.get("/Users/" + userId), "sent once: " + userId);
    }
    assertTrue(deletes.values().stream().allMatch(n -> n == 1), "no row's call twice");
  }

  @Test
  void aLongRunDoesNotHoldAnotherBack() {
    long acme = connect("Acme", "admin@plus.example");
    long grid = connect("Globex", "owner@grid.example");
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE / 30 + "}");
    JsonObject longRun = start(acme, "deactivate-user", "userId\n" + ids(1, 200), false);
    JsonObject shortRun = start(grid, "read-user", "userId\nW04BK000001\nW04BK000002\n", false);
    waitFor(shortRun, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals("RUNNING", api.get("/api/bulk-runs/" + longRun.get("id").getAsLong()).object().get("state")
        .getAsString());
  }

  /** The size the product promises: 10,000 rows stored at once, each checked against the rules. */
  @Test
  void aDryRunOfTenThousandRowsChecksEveryOne() {
    sandbox.post("/reset", "{\"seedUsers\":10000}");
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE + "}");
    long connection = connect("Acme", "admin@plus.example");
    JsonObject run = start(connection, "deactivate-user", "userId\n" + ids(1, 10_000) + "U01PLUSOW01\n", true);
    assertEquals(10_001, run.get("rows").getAsInt());
    JsonObject finished = waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals(10_000, finished.get("done").getAsInt(), finished.toString());
    assertEquals(1, finished.get("refused").getAsInt(), "the Owner");
    assertTrue(scimCalls("DELETE").isEmpty());
    assertTrue(sandbox.countCalls("users.list") >= 50, "roles read 200 accounts a call");
    assertTrue(sandbox.countCalls("users.info") < 100, "not one users.info a row");
  }

  /** Slack lists an org's people one workspace at a time: the run asks which workspaces, then lists each. */
  @Test
  void anOrgWideGridConnectionFindsAccountsOfEveryWorkspaceByEmail() {
    long globex = connect("Globex", "owner@grid.example");
    String emails = IntStream.rangeClosed(1, 60).mapToObj(i -> String.format("bulk-user-%05d@grid.example%n", i))
        .collect(Collectors.joining());
    // member2 belongs to Globex South only, the generated members to Globex North
    JsonObject run = start(globex, "deactivate-user", "email\n" + emails + "member2@grid.example\n", true);
    JsonObject finished = waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals(61, finished.get("done").getAsInt(), rows(run).values().toString());
    assertEquals("W04MEMBER02", rows(run).get(62).get("target").getAsString());
    assertTrue(sandbox.countCalls("auth.teams.list") >= 1);
  }

  /** Whoever sees the connection sees its runs; only who may use it starts and steers them. */
  @Test
  void whoMaySeeAndSteerARunIsWhoMaySeeAndUseItsConnection() {
    long acme = connect("Acme", "admin@plus.example");
    ConsolePages.addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
    ConsolePages.addTeammate(admin, "dave", "Dave Builder", "BUILDER");
    ConsolePages.shareWith(admin, acme, "vera");
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE / 30 + "}");
    long id = start(acme, "deactivate-user", "userId\n" + ids(1, 100), false).get("id").getAsLong();

    try (Browser vera = new Browser(base); Browser dave = new Browser(base)) {
      ConsolePages.signIn(vera, "vera", ConsolePages.PASSWORD);
      ConsolePages.signIn(dave, "dave", ConsolePages.PASSWORD);
      assertTrue(vera.open("/app/bulk-runs").asNormalizedText().contains("#" + id));
      HtmlPage seen = vera.open("/app/bulk-runs/" + id);
      assertTrue(seen.getElementById("pause") == null, "a VIEWER is offered no steering");
      assertEquals(403, post(vera, "/app/bulk-runs/" + id + "/cancel"), "nor may steer");

      assertFalse(dave.open("/app/bulk-runs").asNormalizedText().contains("#" + id));
      assertEquals(404, dave.get("/app/bulk-runs/" + id).getWebResponse().getStatusCode());
      ApiClient daves = new ApiClient(base, createApiToken(dave, "dave's script"));
      assertEquals(404, daves.get("/api/bulk-runs/" + id).status());
      assertEquals(404, daves.post("/api/bulk-runs/" + id + "/cancel", "").status());
      assertEquals(404, daves.send("POST", "/api/connections/" + acme + "/bulk-runs?card=read-user", "text/csv",
          "userId\nU01PLUSME01\n").status());
    }
    assertEquals("RUNNING", api.get("/api/bulk-runs/" + id).object().get("state").getAsString());
  }

  @Test
  void slacksRateLimitIsHonouredAndNoRowFailsForIt() {
    long connection = connect("Acme", "admin@plus.example");
    // Slack ten times slower than the server's budget expects (9 calls a second after a burst of 20, at the tests'
    // scale): it answers 429s, which the run waits out. Whether a run meets that limit depends on how fast this
    // machine sends, so Slack also answers the first three SCIM calls with a 429 whatever the pace.
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + Math.max(1, SCALE / 10) + "}");
    sandbox.post("/faults", "{\"method\":\"scim\",\"kind\":\"RATE_LIMITED\",\"retryAfter\":1,\"count\":3}");
    JsonObject run = start(connection, "deactivate-user", "userId\n" + ids(1, 80), false);
    JsonObject finished = waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    assertEquals(80, finished.get("done").getAsInt(), finished.toString());
    assertTrue(sandbox.calls().stream().anyMatch(c -> c.get("status").getAsInt() == 429), "Slack said 429");
    assertTrue(scimCalls("DELETE").values().stream().allMatch(n -> n == 1), "no row done twice");
  }

  @Test
  void aRefusedCsvSaysWhereAndCreatesNoRun() {
    long connection = connect("Acme", "admin@plus.example");
    Map<String, byte[]> bad = new HashMap<>();
    bad.put("wrong header", "user\nU01BK000001\n".getBytes(StandardCharsets.UTF_8));
    bad.put("missing column", "userId\nU01BK000001\n".getBytes(StandardCharsets.UTF_8));
    bad.put("junk", junk());
    bad.put("invalid UTF-8", new byte[] {'u', 's', 'e', 'r', 'I', 'd', '\n', 'U', (byte) 0xC3, (byte) 0x28, '\n'});
    for (Map.Entry<String, byte[]> csv : bad.entrySet()) {
      String card = csv.getKey().equals("missing column") ? "add-user-to-group" : "deactivate-user";
      ApiClient.Response refused = api.send("POST", "/api/connections/" + connection + "/bulk-runs?card=" + card,
          "text/csv", csv.getValue());
      assertEquals(422, refused.status(), csv.getKey() + ": " + refused);
      assertEquals("validation_failed", refused.errorCode(), csv.getKey());
      assertTrue(refused.message().matches("(?s).*([Ll]ine \\d+|MB).*"), csv.getKey() + ": " + refused.message());
    }
    assertEquals(0, TestDatabase.count("bulk_run"));
    assertEquals(0, TestDatabase.count("bulk_row"));
  }

  @Test
  void theConsoleStartsARunByEmailShowsItsProgressAndDownloadsItsRows() throws Exception {
    long connection = connect("Acme", "admin@plus.example");
    HtmlPage form = admin.open("/app/bulk-runs/new?connection=" + connection);
    HtmlForm start = ConsolePages.formWithAction(form, "/app/bulk-runs/new");
    start.getSelectByName("card").setSelectedAttribute("deactivate-user", true);
    ((HtmlTextArea) form.getElementById("lines")).setText(
        "bulk-user-00001@plus.example\nbulk-user-00002@plus.example\nowner@plus.example\n");
    HtmlPage runPage = ConsolePages.submit(start);
    assertTrue(runPage.getUrl().getPath().matches(".*/app/bulk-runs/\\d+"), runPage.asNormalizedText());
    assertTrue(runPage.asNormalizedText().contains("3 rows"), runPage.asNormalizedText());
    long id = Long.parseLong(runPage.getUrl().getPath().replaceAll(".*/", ""));

    waitFor(api.get("/api/bulk-runs/" + id).object(), r -> "FINISHED".equals(r.get("state").getAsString()));
    HtmlPage done = admin.open("/app/bulk-runs/" + id);
    assertEquals("2", done.getElementById("count-done").asNormalizedText());
    assertEquals("1", done.getElementById("count-refused").asNormalizedText());
    assertEquals("Deactivate User", done.getElementById("run-card").asNormalizedText(), "the card's title");
    assertEquals("Finished", done.getElementById("run-state").asNormalizedText(), "the state in words");
    assertEquals("3 of 3 rows (100%) with an outcome", done.getElementById("run-finished").asNormalizedText());
    String rowsText = done.getElementById("rows").asNormalizedText();
    assertTrue(rowsText.contains("Not allowed: the account ranks above the connection's") && rowsText.contains("Done")
        && !rowsText.contains("target_outranks_connection") && !rowsText.contains("DONE"), rowsText);
    String listed = admin.open("/app/bulk-runs").asNormalizedText();
    assertTrue(
        listed.contains("Deactivate User") && listed.contains("Finished") && listed.contains("3 of 3 rows (100%)")
            && !listed.contains("deactivate-user") && !listed.contains("100% 100%"),
        listed);
    assertTrue(done.getElementsByTagName("meta").stream().noneMatch(m -> "refresh".equals(m.getAttribute(
        "http-equiv"))), "a finished run's page does not refresh");
    assertTrue(admin.open("/app/bulk-runs/" + id + "?state=REFUSED").getElementById("rows").asNormalizedText()
        .contains("U01PLUSOW01"));

    String csv = admin.get("/app/bulk-runs/" + id + "/rows.csv").getWebResponse().getContentAsString();
    List<String> lines = csv.lines().toList();
    assertEquals("line,userId,email,target,state,outcome,message,attempts,finishedAt", lines.get(0));
    assertTrue(lines.get(1).startsWith("1,,bulk-user-00001@plus.example,U01BK000001,DONE,ok"), lines.get(1));
    assertTrue(lines.get(3).contains("REFUSED,target_outranks_connection"), lines.get(3));
  }

  @Test
  void aRunOfOneRowSaysOneRowAndItsRowsAreInWords() {
    long connection = connect("Acme", "admin@plus.example");
    JsonObject run = start(connection, "deactivate-user", "userId\nU01BK000001\n", true);
    waitFor(run, r -> "FINISHED".equals(r.get("state").getAsString()));
    HtmlPage page = admin.open("/app/bulk-runs/" + run.get("id").getAsLong());
    assertEquals("1 of 1 row (100%) with an outcome", page.getElementById("run-finished").asNormalizedText());
    assertFalse(page.asNormalizedText().matches("(?s).*(?<!\\d)1 rows.*"), page.asNormalizedText());
    assertTrue(page.getElementById("rows").asNormalizedText().contains("Allowed (dry run)"),
        page.getElementById("rows").asNormalizedText());
  }

  @Test
  void theConsoleTakesAnUploadedCsvFileAndRefusesABadOneWithWhere() throws Exception {
    long connection = connect("Acme", "admin@plus.example");
    HtmlPage form = admin.open("/app/bulk-runs/new?connection=" + connection);
    HtmlForm upload = (HtmlForm) form.getElementById("upload-form");
    upload.getSelectByName("card").setSelectedAttribute("read-user", true);
    HtmlFileInput file = upload.getInputByName("file");
    file.setFiles(csvFile("users.csv", "\uFEFFuserId\r\nU01BK000001\r\nU01BK000002\r\n"));
    HtmlPage runPage = ConsolePages.submit(upload);
    assertTrue(runPage.getUrl().getPath().matches(".*/app/bulk-runs/\\d+"), runPage.asNormalizedText());
    assertTrue(runPage.asNormalizedText().contains("2 rows"), runPage.asNormalizedText());

    HtmlForm again = (HtmlForm) admin.open("/app/bulk-runs/new?connection=" + connection).getElementById(
        "upload-form");
    HtmlFileInput bad = again.getInputByName("file");
    bad.setFiles(csvFile("bad.csv", "userId,\"unterminated\nU01BK000001\n"));
    HtmlPage refused = ConsolePages.submit(again);
    assertTrue(refused.getElementById("bulk-error").asNormalizedText().contains("Line 1"),
        refused.asNormalizedText());
    assertEquals(1, TestDatabase.count("bulk_run"), "the refused file made no run");
  }

  @Test
  void anUploadWithoutTheFormsTokenIsRefused() throws Exception {
    long connection = connect("Acme", "admin@plus.example");
    HtmlForm upload = (HtmlForm) admin.open("/app/bulk-runs/new?connection=" + connection).getElementById(
        "upload-form");
    upload.getInputByName("_csrf").setValueAttribute("forged");
    ((HtmlFileInput) upload.getInputByName("file")).setFiles(csvFile("users.csv", "userId\nU01BK000001\n"));
    assertEquals(403, ConsolePages.submit(upload).getWebResponse().getStatusCode());
    assertEquals(0, TestDatabase.count("bulk_run"));
  }

  @Test
  void aRunningRunsPageRefreshesItselfWithoutScriptWhenAskedTo() throws Exception {
    long connection = connect("Acme", "admin@plus.example");
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE / 30 + "}");
    JsonObject run = start(connection, "deactivate-user", "userId\n" + ids(1, 60), false);
    HtmlPage page = admin.open("/app/bulk-runs/" + run.get("id").getAsLong());
    assertTrue(page.getElementsByTagName("meta").stream().noneMatch(m -> "refresh".equals(m.getAttribute(
        "http-equiv"))), "no page reloads itself unasked");
    HtmlPage following = page.getAnchorByText("Follow the run").click();
    assertTrue(following.getElementsByTagName("meta").stream().anyMatch(m -> "refresh".equals(m.getAttribute(
        "http-equiv")) && m.getAttribute("content").equals("5")), following.asXml());
    assertTrue(following.getElementsByTagName("script").isEmpty());
    assertTrue(following.getAnchorByText("Stop refreshing").getHrefAttribute().endsWith("/app/bulk-runs/"
        + run.get("id").getAsLong()));
    assertEquals(200, api.post("/api/bulk-runs/" + run.get("id").getAsLong() + "/pause", "").status());
    assertEquals(409, api.post("/api/bulk-runs/" + run.get("id").getAsLong() + "/pause", "").status());
  }

  /** A file as a person would pick it in the browser's file chooser. */
  /**
   * An ADMIN sets how long finished runs' rows are kept (90 days until then); a run over for longer than that loses
   * its rows at the next pass (every 2 s in the tests) and keeps its counts, which its page, the list and the API
   * still show; a younger one keeps its rows. The privacy page says the current setting.
   */
  @Test
  void anAdminSetsHowLongRowsAreKeptAndOlderRunsLoseTheirRowsButKeepTheirCounts() {
    long connection = connect("Acme", "admin@plus.example");
    JsonObject old = start(connection, "deactivate-user", "userId\n" + ids(1, 3) + "not an id\n", true);
    JsonObject young = start(connection, "deactivate-user", "userId\n" + ids(4, 5), true);
    waitFor(old, r -> "FINISHED".equals(r.get("state").getAsString()));
    waitFor(young, r -> "FINISHED".equals(r.get("state").getAsString()));
    long oldId = old.get("id").getAsLong();
    long youngId = young.get("id").getAsLong();

    HtmlPage list = admin.open("/app/bulk-runs");
    assertTrue(list.getElementById("retention-now").asNormalizedText().contains("for 90 days"),
        list.asNormalizedText());
    try (Browser visitor = new Browser(base)) {
      assertTrue(visitor.open("/privacy").getElementById("privacy-bulk-rows").asNormalizedText()
          .contains("kept for 90 days after the run finished"));
    }

    HtmlPage refused = retention(list, "0");
    assertTrue(refused.asNormalizedText().contains("Enter a whole number of days from 1 to 3650"),
        refused.asNormalizedText());
    assertEquals("0", ((HtmlInput) refused.getElementById("retention-days")).getValue(), "the input is kept");
    HtmlPage saved = retention(refused, "30");
    assertTrue(saved.asNormalizedText().contains("now kept for 30 days"), saved.asNormalizedText());
    assertTrue(saved.getElementById("retention-now").asNormalizedText().contains("for 30 days"));
    try (Browser dave = new Browser(base)) {
      ConsolePages.addTeammate(admin, "dave", "Dave Builder", "BUILDER");
      ConsolePages.signIn(dave, "dave", ConsolePages.PASSWORD);
      assertTrue(ConsolePages.formWithActionOrNull(dave.open("/app/bulk-runs"), "/bulk-runs/retention") == null,
          "only ADMINs are offered the setting");
      assertEquals(403, post(dave, "/app/bulk-runs/retention"));
    }

    Instant now = Instant.now();
    TestDatabase.update("UPDATE bulk_run SET finished_at = ? WHERE id = ?",
        Timestamp.from(now.minus(Duration.ofDays(31))), oldId);
    TestDatabase.update("UPDATE bulk_run SET finished_at = ? WHERE id = ?",
        Timestamp.from(now.minus(Duration.ofDays(29))), youngId);
    Eventually.waitUntil("the old run's rows are deleted", PATIENCE,
        () -> TestDatabase.queryLong("SELECT COUNT(*) FROM bulk_row WHERE run_id = ?", oldId) == 0);
    assertEquals(2, TestDatabase.queryLong("SELECT COUNT(*) FROM bulk_row WHERE run_id = ?", youngId),
        "a run over for less than the retention keeps its rows");

    HtmlPage page = admin.open("/app/bulk-runs/" + oldId);
    assertTrue(page.getElementById("rows-deleted").asNormalizedText().startsWith("Rows deleted after 30 days"),
        page.asNormalizedText());
    assertEquals("3", page.getElementById("count-done").asNormalizedText());
    assertEquals("1", page.getElementById("count-refused").asNormalizedText());
    assertEquals("0", page.getElementById("count-failed").asNormalizedText());
    assertTrue(page.getElementById("rows") == null, "no table of rows that are gone");
    assertTrue(admin.open("/app/bulk-runs").asNormalizedText()
        .contains("3 done, 1 refused, 0 failed; rows deleted after 30 days"));
    JsonObject kept = api.get("/api/bulk-runs/" + oldId).object();
    assertEquals(3, kept.get("done").getAsInt(), kept.toString());
    assertEquals(1, kept.get("refused").getAsInt(), kept.toString());
    assertEquals(4, kept.get("rows").getAsInt(), kept.toString());
    assertTrue(kept.has("rowsDeletedAt") && !kept.get("rowsDeletedAt").isJsonNull(), kept.toString());
    JsonObject stillKept = api.get("/api/bulk-runs/" + youngId).object();
    assertTrue(!stillKept.has("rowsDeletedAt") || stillKept.get("rowsDeletedAt").isJsonNull(), stillKept.toString());
    try (Browser visitor = new Browser(base)) {
      assertTrue(visitor.open("/privacy").getElementById("privacy-bulk-rows").asNormalizedText()
          .contains("kept for 30 days after the run finished"));
    }
  }

  /** A VIEWER is told on New bulk run, before any form, that viewers cannot start runs. */
  @Test
  void aViewerIsToldUpFrontThatViewersCannotStartBulkRuns() {
    long acme = connect("Acme", "admin@plus.example");
    ConsolePages.addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
    ConsolePages.shareWith(admin, acme, "vera");
    try (Browser vera = new Browser(base)) {
      ConsolePages.signIn(vera, "vera", ConsolePages.PASSWORD);
      HtmlPage form = vera.open("/app/bulk-runs/new?connection=" + acme);
      assertTrue(form.getElementById("viewer-cannot-run").asNormalizedText()
          .startsWith("A VIEWER cannot start bulk runs: ask an ADMIN for the BUILDER role."), form.asNormalizedText());
      assertTrue(form.getForms().stream().noneMatch(f -> f.getActionAttribute().contains("/bulk-runs/")),
          "no form to fill in first");
    }
  }

  private static java.io.File csvFile(String name, String content) throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempDirectory("bulk-upload").resolve(name);
    java.nio.file.Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toFile();
  }

  /** A POST with the browser's own CSRF token, as a page's form would send it; answers the final status. */
  private static int post(Browser browser, String path) {
    String csrf = ConsolePages.formWithAction(browser.open("/app/profile"), "/app/signout").getInputByName("_csrf")
        .getValue();
    return browser.post(path, List.of(new NameValuePair("_csrf", csrf))).getWebResponse().getStatusCode();
  }

  private static HtmlPage retention(HtmlPage list, String days) {
    HtmlForm form = ConsolePages.formWithAction(list, "/bulk-runs/retention");
    form.getInputByName("days").setValue(days);
    return ConsolePages.submit(form);
  }

  private long connect(String nickname, String email) {
    // a Grid account installs on the whole organisation
    HtmlPage landed = authorizeAs(create(admin, nickname), email,
        email.endsWith("grid.example") ? "the whole organisation" : null, true);
    String path = landed.getUrl().getPath();
    assertTrue(path.matches(".*/app/connections/\\d+"), path + "\n" + landed.asNormalizedText());
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  private JsonObject start(long connection, String card, String csv, boolean dryRun) {
    ApiClient.Response started = api.send("POST", "/api/connections/" + connection + "/bulk-runs?card=" + card
        + (dryRun ? "&dryRun=true" : ""), "text/csv", csv);
    assertEquals(202, started.status(), started.toString());
    return started.object();
  }

  private JsonObject waitFor(JsonObject run, Predicate<JsonObject> condition) {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonObject now = run;
    while (Instant.now().isBefore(deadline)) {
      now = api.get("/api/bulk-runs/" + run.get("id").getAsLong()).object();
      if (condition.test(now)) {
        return now;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError(interrupted);
      }
    }
    throw new AssertionError("The run never got there: " + now);
  }

  private Map<Integer, JsonObject> rows(JsonObject run) {
    Map<Integer, JsonObject> byLine = new HashMap<>();
    for (int page = 1;; page++) {
      var rows = api.get("/api/bulk-runs/" + run.get("id").getAsLong() + "/rows?page=" + page).json()
          .getAsJsonArray();
      rows.forEach(row -> byLine.put(row.getAsJsonObject().get("line").getAsInt(), row.getAsJsonObject()));
      if (rows.size() < 100) {
        return byLine;
      }
    }
  }

  /**
   * SCIM calls of one HTTP method that Slack carried out or answered for good, counted by path: not those it
   * refused before acting (a 429, or a 401/403 once the token's account lost its role), which are sent again.
   */
  private Map<String, Long> scimCalls(String method) {
    return sandbox.calls().stream()
        .filter(c -> "scim".equals(c.get("api").getAsString()) && method.equals(c.get("httpMethod").getAsString())
            && c.get("status").getAsInt() != 429 && c.get("status").getAsInt() != 401
            && c.get("status").getAsInt() != 403)
        .collect(Collectors.groupingBy(c -> c.get("name").getAsString(), Collectors.counting()));
  }

  /** Seeded Business+ members {@code from..to}, one user id a line. */
  private static String ids(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("U01BK%06d%n", i))
        .collect(Collectors.joining());
  }

  private static byte[] junk() {
    byte[] bytes = new byte[10 * 1024 * 1024];
    new java.util.Random(7).nextBytes(bytes);
    return bytes;
  }
}
