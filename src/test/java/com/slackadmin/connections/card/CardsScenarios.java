package com.slackadmin.connections.card;

import static com.slackadmin.connections.support.ConsolePages.PASSWORD;
import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.createApiToken;
import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static com.slackadmin.connections.support.ConsolePages.submit;
import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.htmlunit.html.HtmlDetails;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The action cards end to end against the sandbox, from the console and the JSON API: every card on a
 * workspace and on an org-wide Grid connection, and the rules of DESIGN section 2 on each use (retention,
 * hierarchy), Slack's failures, and the audit trail.
 */
public abstract class CardsScenarios extends FreshServer {

  final SandboxControl sandbox = new SandboxControl(base);
  Browser admin;
  ApiClient api;

  @BeforeEach
  void adminWithAnApiToken() {
    admin = ConsolePages.adminSignedIn(base);
    api = new ApiClient(base, createApiToken(admin, "cards test"));
  }

  @AfterEach
  void closeBrowser() {
    admin.close();
  }

  /** The ids and names a run of every card uses, per kind of connection. */
  record World(String memberEmail, String memberId, String otherMemberId, String groupId, String groupName,
      String newUserDomain) {}

  @Test
  void everyCardRunsOnAWorkspaceConnection() {
    long id = connect("Acme", "admin@plus.example", null);
    runEveryCard(id, new World("member@plus.example", "U01PLUSME01", "U01PLUSME02", "S01SUPPORT1", "Support",
        "plus.example"));
  }

  @Test
  void everyCardRunsOnAnOrgWideGridConnectionWithOrgWideIdentities() {
    long id = connect("Globex", "owner@grid.example", "the whole organisation");
    // member2 belongs to Globex South only: an org-wide connection sees every workspace's people
    runEveryCard(id, new World("member2@grid.example", "W04MEMBER02", "W04MEMBER01", "S04MANAGERS", "Managers",
        "grid.example"));
    assertTrue(admin.open("/app/connections/" + id + "/cards/read-user").getElementById("scope").asNormalizedText()
        .contains("whole organisation"));
  }

  private void runEveryCard(long id, World w) {
    JsonObject found = ok(run(id, "search-users", "{\"email\":\"" + w.memberEmail() + "\"}"));
    assertEquals(1, found.get("totalResults").getAsInt());
    assertEquals(w.memberId(), found.getAsJsonArray("users").get(0).getAsJsonObject().get("id").getAsString());
    String userName = found.getAsJsonArray("users").get(0).getAsJsonObject().get("userName").getAsString();
    assertEquals(w.memberId(), ok(run(id, "search-users", "{\"userName\":\"" + userName + "\"}"))
        .getAsJsonArray("users").get(0).getAsJsonObject().get("id").getAsString());
    assertEquals(2, ok(run(id, "search-users", "{\"count\":2}")).getAsJsonArray("users").size(), "paged");
    assertEquals(w.memberEmail(), user(run(id, "read-user", "{\"userId\":\"" + w.memberId() + "\"}")).get("email")
        .getAsString());

    JsonObject created = user(run(id, "create-user", "{\"userName\":\"new.hire\",\"email\":\"new.hire@"
        + w.newUserDomain() + "\",\"givenName\":\"New\",\"familyName\":\"Hire\"}"));
    assertEquals("new.hire", created.get("userName").getAsString());
    assertEquals("Lead", user(run(id, "update-user", "{\"userId\":\"" + w.memberId() + "\",\"title\":\"Lead\"}"))
        .get("title").getAsString());
    assertFalse(ok(run(id, "deactivate-user", "{\"userId\":\"" + w.otherMemberId() + "\"}")).get("active")
        .getAsBoolean());
    assertFalse(user(run(id, "read-user", "{\"userId\":\"" + w.otherMemberId() + "\"}")).get("active")
        .getAsBoolean());
    assertTrue(user(run(id, "activate-user", "{\"userId\":\"" + w.otherMemberId() + "\"}")).get("active")
        .getAsBoolean());

    JsonObject groups = ok(run(id, "search-groups", "{\"displayName\":\"" + w.groupName() + "\"}"));
    assertEquals(w.groupId(), groups.getAsJsonArray("groups").get(0).getAsJsonObject().get("id").getAsString());
    assertEquals(w.groupName(), group(run(id, "read-group", "{\"groupId\":\"" + w.groupId() + "\"}"))
        .get("displayName").getAsString());
    String membership = "{\"groupId\":\"" + w.groupId() + "\",\"userId\":\"" + w.memberId() + "\"}";
    assertTrue(group(run(id, "add-user-to-group", membership)).toString().contains(w.memberId()));
    assertFalse(group(run(id, "remove-user-from-group", membership)).toString().contains(w.memberId()));

    JsonObject custom = ok(run(id, "custom-api-action", "{\"method\":\"GET\",\"path\":\"/Users/" + w.memberId()
        + "\"}"));
    assertEquals(200, custom.get("status").getAsInt());
    assertEquals(w.memberId(), custom.getAsJsonObject("body").get("id").getAsString());
    JsonObject patched = ok(run(id, "custom-api-action", "{\"method\":\"PATCH\",\"path\":\"/Users/" + w.memberId()
        + "\",\"body\":{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Chief\"}]}}"));
    assertEquals("Chief", patched.getAsJsonObject("body").get("title").getAsString());

    assertEquals(15,
        TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ? AND outcome = 'ok'"
            + " AND action <> 'created'", id),
        "one audit entry per use");
    assertTrue(TestDatabase.queryString("SELECT last_used_at FROM slack_connection WHERE id = ?", id) != null);
  }

  /**
   * The walk from {@code POST /api/connections/{id}/cards/{card}} to SCIM reads the connection once and decides
   * access once (one read of the share that lets a sharee use it), counted by Hibernate's statistics.
   */
  @Test
  void aCardRunReadsTheUserAndTheConnectionOnceAndCommitsOnce() {
    long id = connect("Acme", "admin@plus.example", null);
    addTeammate(admin, "bob", "Bob Builder", "BUILDER");
    ConsolePages.shareWith(admin, id, "bob");
    try (Browser bob = new Browser(base)) {
      signIn(bob, "bob", PASSWORD);
      ApiClient bobsApi = new ApiClient(base, createApiToken(bob, "counted"));
      ApiClient probe = new ApiClient(base, null);
      // Hibernate's statistics are the server's, and its background work (here the delivery worker's pass every
      // second, the health sweep's scan every 2 s, the bulk leases' every 3 s) may fall into a run's window: the
      // quietest of five runs is the run's own count, and a run that does more shows it in every one of them.
      JsonObject reads = null;
      sandbox.clearCalls();
      for (int run = 0; run < 5; run++) {
        probe.post("/test-support/hibernate-statistics", "");
        JsonObject updated = user(bobsApi.post("/api/connections/" + id + "/cards/update-user",
            "{\"userId\":\"U01PLUSME01\",\"title\":\"Lead\"}"));
        assertEquals("Lead", updated.get("title").getAsString());
        JsonObject counted = probe.get("/test-support/hibernate-statistics").object();
        if (reads == null
            || counted.get("transactions").getAsLong() < reads.get("transactions").getAsLong()) {
          reads = counted;
        }
      }
      assertEquals(1, reads.get("connectionLoads").getAsLong(), reads.toString());
      assertEquals(1, reads.get("shareLoads").getAsLong(), reads.toString());
      // the token's look-up with its owner (the signed-in user, not read again), the connection's, and the use's
      // record with its last use and its check: one commit that writes
      assertEquals(3, reads.get("transactions").getAsLong(), reads.toString());
      // the Slack calls the rules need and no more: none of the SDK's own auth.test per token, in any run
      assertEquals(0, sandbox.countCalls("auth.test"), "auth.test calls");
      // written with the last use: who made it
      assertTrue(bob.open("/app/connections?view=shared").asNormalizedText().contains(" by bob, ok"));
    }
  }

  @Test
  void theConsoleRunsACardAndShowsATableAndTheEscapedJsonButNoToken() {
    long id = connect("Acme", "admin@plus.example", null);
    HtmlPage detail = admin.open("/app/connections/" + id);
    HtmlPage card = clickLink(detail, "Read User");
    HtmlForm form = formWithAction(card, "/cards/read-user");
    form.getInputByName("userId").setValue("U01PLUSME01");
    HtmlPage result = submit(form);
    assertEquals("Mia Member (member@plus.example) in Acme Plus, active.",
        result.getElementById("card-summary").asNormalizedText(), "the result in words first");
    String table = result.getElementById("output-table").getTextContent();
    assertTrue(table.contains("member.plus") && table.contains("member@plus.example"), table);
    assertTrue(
        result.getElementById("scim-json").getTextContent().contains("urn:ietf:params:scim:schemas:core:2.0:User"));
    List<HtmlDetails> folded = result.getElementById("card-output").getByXPath(".//details");
    assertEquals(3, folded.size(), "the table, the JSON and Slack's answer, each folded");
    assertTrue(folded.stream().noneMatch(HtmlDetails::isOpen), "folded");

    HtmlForm search = formWithAction(admin.open("/app/connections/" + id + "/cards/search-users"),
        "/cards/search-users");
    search.getInputByName("email").setValue("member@plus.example");
    HtmlPage found = submit(search);
    assertEquals("Found 1 user.", found.getElementById("card-summary").asNormalizedText());
    assertTrue(((HtmlDetails) found.getElementById("output-table")).isOpen(), "a search's list is what was asked");
    assertTrue(found.asNormalizedText().contains("member@plus.example"), found.asNormalizedText());
    assertEquals("U01PLUSME01", formWithAction(result, "/cards/read-user").getInputByName("userId").getValue());
    assertFalse(result.getWebResponse().getContentAsString().contains("xoxp-"), "no token on the page");

    // invalid input: the form comes back with the value kept and the field's error
    HtmlForm createForm = formWithAction(admin.open("/app/connections/" + id + "/cards/create-user"),
        "/cards/create-user");
    createForm.getInputByName("userName").setValue("<b>bold</b>");
    createForm.getInputByName("email").setValue("not-an-email");
    HtmlPage invalid = submit(createForm);
    assertTrue(invalid.asNormalizedText().contains("Email must be an email address."), invalid.asNormalizedText());
    assertEquals("<b>bold</b>", formWithAction(invalid, "/cards/create-user").getInputByName("userName").getValue());
    assertFalse(invalid.getWebResponse().getContentAsString().contains("<b>bold</b>"), "escaped");

    // no CSRF token, no run
    assertEquals(403, admin.post("/app/connections/" + id + "/cards/read-user",
        List.of(new NameValuePair("userId", "U01PLUSME01"))).getWebResponse().getStatusCode());
    HtmlElement trail = admin.open("/app/connections/" + id).getFirstByXPath("//table[contains(@class,'audit-trail')]");
    assertTrue(trail.asNormalizedText().contains("Read User"), "trail on the page, with the card's title");
    assertFalse(trail.asNormalizedText().contains("read-user"), trail.asNormalizedText());
  }

  @Test
  void fiftyConcurrentUsesOfOneConnectionAllSucceedAndEachIsRecordedOnce() throws Exception {
    long id = connect("Acme", "admin@plus.example", null);
    int uses = 50;
    ExecutorService clients = Executors.newFixedThreadPool(uses);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiClient.Response>> answers = new ArrayList<>();
      for (int i = 0; i < uses; i++) {
        String title = "Title " + i;
        answers.add(clients.submit(() -> {
          start.await();
          return run(id, "update-user", "{\"userId\":\"U01PLUSME01\",\"title\":\"" + title + "\"}");
        }));
      }
      start.countDown();
      for (Future<ApiClient.Response> answer : answers) {
        ApiClient.Response response = answer.get(2, TimeUnit.MINUTES);
        assertEquals(200, response.status(), response.toString());
      }
    } finally {
      clients.shutdownNow();
    }
    assertEquals(uses, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'update-user'"
        + " AND outcome = 'ok' AND connection_id = ?", id), "one audit entry per use, each a success");
    assertEquals(uses, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'update-user'"));
    assertEquals("ACTIVE", status(id));
  }

  @Test
  void aDemotedAccountStopsEveryUseBeforeScimAndARestoredOneWorksAgain() {
    long id = connect("Acme", "admin@plus.example", null);
    sandbox.setRole("admin@plus.example", "MEMBER");
    sandbox.clearCalls();

    ApiClient.Response refused = run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}");
    assertEquals(403, refused.status(), refused.toString());
    assertEquals("permission_lost", refused.errorCode());
    assertEquals(0, scimCalls(), "nothing reached SCIM");
    assertEquals("PERMISSION_LOST", status(id));

    sandbox.setRole("admin@plus.example", "ADMIN");
    assertEquals(200, run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}").status());
    assertEquals("ACTIVE", status(id));
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'read-user'"
        + " AND outcome = 'permission_lost'"));
  }

  @Test
  void aRevokedTokenNeedsReauthorizing() {
    long id = connect("Acme", "admin@plus.example", null);
    sandbox.revokeTokensOf("admin@plus.example");
    sandbox.clearCalls();
    ApiClient.Response refused = run(id, "search-users", "{}");
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("reauthorization_required", refused.errorCode());
    assertEquals(0, scimCalls());
    assertEquals("REAUTHORIZATION_REQUIRED", status(id));
    HtmlPage detail = admin.open("/app/connections/" + id);
    formWithAction(detail, "/test");
    formWithAction(detail, "/reauthorize");
  }

  @Test
  void anAdminConnectionChangesAdminsAndMembersButNeverOwners() {
    long id = connect("Acme", "admin@plus.example", null);
    assertEquals(200, run(id, "update-user", "{\"userId\":\"U01PLUSAD02\",\"title\":\"Peer\"}").status());
    assertEquals(200, run(id, "deactivate-user", "{\"userId\":\"U01PLUSME01\"}").status());
    sandbox.clearCalls();
    for (String owner : List.of("U01PLUSOW01", "U01PLUSPO01")) {
      assertOutranked(run(id, "deactivate-user", "{\"userId\":\"" + owner + "\"}"));
      assertOutranked(run(id, "update-user", "{\"userId\":\"" + owner + "\",\"title\":\"x\"}"));
      assertOutranked(run(id, "add-user-to-group", "{\"groupId\":\"S01SUPPORT1\",\"userId\":\"" + owner + "\"}"));
      assertOutranked(run(id, "custom-api-action", "{\"method\":\"DELETE\",\"path\":\"/Users/" + owner + "\"}"));
      assertOutranked(run(id, "custom-api-action", "{\"method\":\"PATCH\",\"path\":\"/Groups/S01SUPPORT1\","
          + "\"body\":{\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + owner
          + "\"}]}]}}"));
    }
    assertEquals(0, scimCalls(), "refusals never reach SCIM");
    ApiClient.Response message = run(id, "deactivate-user", "{\"userId\":\"U01PLUSOW01\"}");
    assertEquals("This connection acts as an Admin; the target is an Owner. An Admin connection cannot change an "
        + "Owner.", message.object().get("message").getAsString());
    assertEquals(200, run(id, "read-user", "{\"userId\":\"U01PLUSPO01\"}").status(), "reads are not limited");
    assertEquals(200, run(id, "custom-api-action", "{\"method\":\"GET\",\"path\":\"/Users/U01PLUSOW01\"}").status());
    assertEquals("ACTIVE", status(id), "a refusal by the hierarchy rule leaves the connection as it was");
    assertEquals(11, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE outcome = "
        + "'target_outranks_connection'"));

    long ownerConnection = connect("Acme owner", "owner@plus.example", null);
    assertEquals(200, run(ownerConnection, "update-user", "{\"userId\":\"U01PLUSOW01\",\"title\":\"Boss\"}").status());
    assertOutranked(run(ownerConnection, "update-user", "{\"userId\":\"U01PLUSPO01\",\"title\":\"x\"}"));
  }

  @Test
  void slacksRateLimitIsWaitedOutAndItsFailuresAreClearErrors() {
    long id = connect("Acme", "admin@plus.example", null);
    sandbox.clearCalls();
    sandbox.post("/faults", "{\"method\":\"scim\",\"kind\":\"RATE_LIMITED\",\"count\":1,\"retryAfter\":1}");
    assertEquals(200, run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}").status());
    assertEquals(2, scimCalls(), "one 429, then the retry after Retry-After");

    sandbox.post("/faults", "{\"method\":\"scim\",\"kind\":\"RATE_LIMITED\",\"count\":5,\"retryAfter\":1}");
    ApiClient.Response limited = run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}");
    assertEquals(429, limited.status(), limited.toString());
    assertEquals("rate_limited", limited.errorCode());
    assertEquals("1", limited.header("Retry-After"));
    sandbox.post("/faults/clear", "{}");

    sandbox.post("/faults", "{\"method\":\"scim\",\"kind\":\"SERVER_ERROR\",\"count\":10}");
    ApiClient.Response unavailable = run(id, "deactivate-user", "{\"userId\":\"U01PLUSME01\"}");
    assertEquals(503, unavailable.status(), unavailable.toString());
    assertEquals("slack_unavailable", unavailable.errorCode());
    assertFalse(unavailable.body().contains("Exception"), unavailable.body());
    assertEquals("ACTIVE", status(id));
    sandbox.post("/faults/clear", "{}");

    ApiClient.Response missing = run(id, "read-user", "{\"userId\":\"U0NOBODY\"}");
    assertEquals(502, missing.status(), missing.toString());
    assertEquals("slack_error", missing.errorCode());
    assertTrue(missing.object().getAsJsonObject("details").get("slackError").getAsString().contains("not found"));
    ApiClient.Response taken = run(id, "create-user", "{\"userName\":\"x.y\",\"email\":\"member@plus.example\"}");
    assertEquals("slack_error", taken.errorCode(), taken.toString());
    assertEquals(409, taken.object().getAsJsonObject("details").get("slackStatus").getAsInt());
    assertEquals("ACTIVE", status(id), "Slack's refusals leave the connection as it was");
  }

  @Test
  void anUnreadableAnswerIsNotCalledUnreachableAndAChangeWithoutAnswerHasAnUnknownOutcome() {
    long id = connect("Acme", "admin@plus.example", null);
    sandbox.post("/faults", "{\"method\":\"scim\",\"kind\":\"MALFORMED\",\"count\":1}");
    ApiClient.Response unreadable = run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}");
    assertEquals(503, unreadable.status(), unreadable.toString());
    assertEquals("slack_unavailable", unreadable.errorCode());
    assertTrue(unreadable.message().contains("broke off or could not be read"), unreadable.message());
    assertFalse(unreadable.message().contains("no answer in time"), unreadable.message());

    // the sandbox makes the change after the delay, past the console's timeout (8 s in these tests)
    sandbox.post("/faults", "{\"method\":\"scim\",\"kind\":\"SLOW\",\"delayMs\":9500,\"count\":1}");
    ApiClient.Response timedOut = run(id, "update-user", "{\"userId\":\"U01PLUSME01\",\"title\":\"Late\"}");
    assertEquals(504, timedOut.status(), timedOut.toString());
    assertEquals("outcome_unknown", timedOut.errorCode());
    assertEquals("slack_timeout", timedOut.object().getAsJsonObject("details").get("slackError").getAsString());
    assertTrue(timedOut.message().contains("may or may not have made the change")
        && timedOut.message().contains("Read User"), timedOut.message());
    assertFalse(timedOut.message().contains("Nothing was changed"), timedOut.message());
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'update-user'"
        + " AND outcome = 'outcome_unknown' AND slack_error = 'slack_timeout' AND target = 'U01PLUSME01'"));

    sandbox.post("/faults", "{\"method\":\"scim\",\"kind\":\"MALFORMED\",\"count\":1}");
    ApiClient.Response unreadChange = run(id, "update-user", "{\"userId\":\"U01PLUSME01\",\"title\":\"Unread\"}");
    assertEquals("outcome_unknown", unreadChange.errorCode(), unreadChange.toString());
    assertEquals("ACTIVE", status(id), "an unknown outcome is Slack's answer, not the connection's fault");
  }

  @Test
  void theAuditTrailRecordsEveryUseButNoSecret() {
    long id = connect("Acme", "admin@plus.example", null);
    run(id, "custom-api-action", "{\"method\":\"POST\",\"path\":\"/Users\",\"headers\":{\"X-Secret\":\"hunter2\"},"
        + "\"body\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"hunter2\","
        + "\"emails\":[{\"value\":\"hunter2@plus.example\",\"primary\":true}]}}");
    run(id, "create-user", "{\"email\":\"broken\"}");
    run(id, "deactivate-user", "{\"userId\":\"U01PLUSPO01\"}");
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'custom-api-action'"
        + " AND outcome = 'ok' AND target = 'POST /Users' AND console_username = 'admin' AND duration_ms >= 0"));
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'create-user'"
        + " AND outcome = 'validation_failed'"));
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'deactivate-user'"
        + " AND outcome = 'target_outranks_connection' AND target = 'U01PLUSPO01'"));
    assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE target LIKE '%hunter2%'"
        + " OR slack_error LIKE '%hunter2%'"));
    String trail = admin.open("/app/connections/" + id + "/audit").asNormalizedText();
    assertTrue(trail.contains("target_outranks_connection") && trail.contains("validation_failed"), trail);
    assertFalse(trail.contains("hunter2"));
  }

  @Test
  void aBodyThatIsNotOneJsonObjectIsRefusedWithAJsonError() {
    long id = connect("Acme", "admin@plus.example", null);
    sandbox.clearCalls();
    String path = "/api/connections/" + id + "/cards/read-user";
    String deep = "{\"userId\":".repeat(1_500) + "\"U01PLUSME01\"" + "}".repeat(1_500);
    for (String body : List.of("[1,2]", "null", "\"x\"", "42", "{\"userId\": ", deep)) {
      ApiClient.Response refused = api.post(path, body);
      String shown = body.length() > 40 ? "a body nested 1,500 deep" : body;
      assertEquals(400, refused.status(), shown + ": " + refused);
      assertTrue(refused.header("Content-Type").startsWith("application/json"), shown + ": " + refused);
      assertEquals("validation_failed", refused.errorCode(), shown);
      assertTrue(refused.object().get("message").getAsString().contains("must be a JSON object"), shown);
      assertEquals("must be a JSON object",
          refused.object().getAsJsonObject("details").getAsJsonObject("fields").get("body").getAsString());
    }
    assertEquals(0, scimCalls(), "nothing reached Slack");
    assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'read-user'"),
        "no run was recorded");

    ApiClient.Response charset = api.send("POST", path, "application/json; charset=nonsense", "{}");
    assertEquals(415, charset.status(), charset.toString());
    assertEquals("unsupported_media_type", charset.errorCode());

    ApiClient.Response read = api.post(path, "{\"userId\": \"U01PLUSME01\"}");
    assertEquals(200, read.status(), read.toString());
  }

  @Test
  void theApiAnswersWithStableCodesAndAViewerCannotRunCards() {
    long id = connect("Acme", "admin@plus.example", null);
    ApiClient.Response invalid = run(id, "create-user", "{\"userName\":\"\",\"email\":\"nope\",\"colour\":1}");
    assertEquals(422, invalid.status(), invalid.toString());
    assertEquals("validation_failed", invalid.errorCode());
    JsonObject fields = invalid.object().getAsJsonObject("details").getAsJsonObject("fields");
    assertTrue(fields.has("userName") && fields.has("email") && fields.has("colour"), fields.toString());
    assertEquals("not_found", run(id, "no-such-card", "{}").errorCode());
    assertEquals(400, api.post("/api/connections/" + id + "/cards/read-user", "[1,2").status());
    ApiClient.Response test = api.post("/api/connections/" + id + "/test", null);
    assertEquals(200, test.status(), test.toString());
    assertEquals("ACTIVE", test.object().get("status").getAsString());

    TestDatabase.update("UPDATE console_user SET role = 'VIEWER' WHERE username = 'admin'");
    ApiClient.Response forbidden = run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}");
    assertEquals(403, forbidden.status(), forbidden.toString());
    assertEquals("forbidden", forbidden.errorCode());
    HtmlForm form = formWithAction(admin.open("/app/connections/" + id + "/cards/read-user"), "/cards/read-user");
    form.getInputByName("userId").setValue("U01PLUSME01");
    assertEquals(403, submit(form).getWebResponse().getStatusCode(), "a VIEWER cannot run cards in the console");
    assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'read-user'"),
        "nothing ran");
  }

  /**
   * Deactivate User in the console asks first, naming the account as Slack has it, the organisation and whom the
   * connection acts as, and changes nothing until it is confirmed; then it says what it did in words.
   */
  @Test
  void deactivatingInTheConsoleAsksToConfirmWhoWhereAndAsWhomThenSaysWhatItDid() {
    long id = connect("Acme", "admin@plus.example", null);
    HtmlForm form = formWithAction(admin.open("/app/connections/" + id + "/cards/deactivate-user"),
        "/cards/deactivate-user");
    form.getInputByName("userId").setValue("member@plus.example");
    HtmlPage asked = submit(form);
    assertNull(asked.getElementById("card-output"), asked.asNormalizedText());
    assertEquals("Mia Member (member@plus.example) U01PLUSME01",
        asked.getElementById("confirm-account").asNormalizedText());
    assertEquals("Acme Plus", asked.getElementById("confirm-organisation").asNormalizedText());
    assertTrue(asked.getElementById("confirm-acting-as").asNormalizedText().contains("admin@plus.example"),
        asked.getElementById("confirm-acting-as").asNormalizedText());
    assertTrue(user(run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}")).get("active").getAsBoolean(),
        "still active before the confirmation");
    assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'deactivate-user'"));

    // the confirmation is a form of its own: without its CSRF token nothing runs
    assertEquals(403, admin.post("/app/connections/" + id + "/cards/deactivate-user",
        List.of(new NameValuePair("userId", "U01PLUSME01"), new NameValuePair("confirmed", "yes")))
        .getWebResponse().getStatusCode());
    HtmlPage done = click((HtmlElement) asked.getElementById("confirm-run"));
    assertEquals("Deactivated Mia Member (member@plus.example) in Acme Plus.",
        done.getElementById("card-summary").asNormalizedText());
    assertFalse(user(run(id, "read-user", "{\"userId\":\"U01PLUSME01\"}")).get("active").getAsBoolean());
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'deactivate-user'"
        + " AND outcome = 'ok' AND target = 'U01PLUSME01'"));

    // the JSON API stays one call
    assertFalse(ok(run(id, "deactivate-user", "{\"userId\":\"U01PLUSME02\"}")).get("active").getAsBoolean());
  }

  /** Wherever a card takes a user, an email does too: found in the connection's org, refused clearly if not. */
  @Test
  void aUserMayBeGivenByEmailAndAnUnknownEmailIsRefusedClearly() {
    long id = connect("Acme", "admin@plus.example", null);
    assertEquals("U01PLUSME01", user(run(id, "read-user", "{\"userId\":\"MEMBER@plus.example\"}")).get("id")
        .getAsString());
    assertEquals("Lead", user(run(id, "update-user", "{\"userId\":\"member@plus.example\",\"title\":\"Lead\"}"))
        .get("title").getAsString());
    String membership = "{\"groupId\":\"S01SUPPORT1\",\"userId\":\"member2@plus.example\"}";
    assertTrue(group(run(id, "add-user-to-group", membership)).toString().contains("U01PLUSME02"));
    assertFalse(group(run(id, "remove-user-from-group", membership)).toString().contains("U01PLUSME02"));
    assertFalse(ok(run(id, "deactivate-user", "{\"userId\":\"member2@plus.example\"}")).get("active")
        .getAsBoolean());
    assertTrue(user(run(id, "activate-user", "{\"userId\":\"member2@plus.example\"}")).get("active")
        .getAsBoolean(), "a deactivated account is found by its email too");
    assertOutranked(run(id, "deactivate-user", "{\"userId\":\"owner@plus.example\"}"));

    ApiClient.Response unknown = run(id, "deactivate-user", "{\"userId\":\"nobody@plus.example\"}");
    assertEquals("validation_failed", unknown.errorCode(), unknown.toString());
    assertEquals("No Slack account in Acme Plus has the email nobody@plus.example.", unknown.message());

    HtmlForm form = formWithAction(admin.open("/app/connections/" + id + "/cards/read-user"), "/cards/read-user");
    form.getInputByName("userId").setValue("nobody@plus.example");
    HtmlPage refused = submit(form);
    assertEquals("No Slack account in Acme Plus has the email nobody@plus.example.",
        refused.getElementById("userId-error").asNormalizedText());
    assertNoCodeFirst(refused);
  }

  /** Slack's refusals read as words with what to do, Slack's own text once, and the code only small. */
  @Test
  void refusalsAndTheAuditTrailAreInWordsNotCodes() {
    long id = connect("Acme", "admin@plus.example", null);
    HtmlForm form = formWithAction(admin.open("/app/connections/" + id + "/cards/read-user"), "/cards/read-user");
    form.getInputByName("userId").setValue("U0NOSUCH01");
    HtmlPage refused = submit(form);
    String error = refused.getElementById("card-error").asNormalizedText();
    assertTrue(error.startsWith("Slack refused. Slack has no such account or group here."), error);
    assertEquals(1, error.split("Slack said", -1).length - 1, "Slack's text once: " + error);
    assertTrue(error.contains("Code for support: slack_error"), error);
    assertNoCodeFirst(refused);

    HtmlElement trail = admin.open("/app/connections/" + id).getFirstByXPath("//table[contains(@class,'audit-trail')]");
    String text = trail.asNormalizedText();
    assertTrue(text.contains("Read User") && text.contains("Slack refused"), text);
    assertTrue(text.contains("Created"), text);
    assertFalse(text.matches("(?s).*\\d{4,} ms.*"), "durations read as seconds and minutes: " + text);
  }

  /** No message on the page begins with a code such as {@code slack_error:} or {@code validation_failed:}. */
  private static void assertNoCodeFirst(HtmlPage page) {
    String text = page.asNormalizedText();
    assertFalse(text.matches("(?s).*\\b[a-z]+_[a-z_]+:.*"), "a code first: " + text);
  }

  private long connect(String nickname, String email, String install) {
    HtmlPage landed = authorizeAs(create(admin, nickname), email, install, true);
    String path = landed.getUrl().getPath();
    assertTrue(path.matches(".*/app/connections/\\d+"), path + "\n" + landed.asNormalizedText());
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  private ApiClient.Response run(long id, String card, String inputs) {
    return api.post("/api/connections/" + id + "/cards/" + card, inputs);
  }

  private static JsonObject ok(ApiClient.Response response) {
    assertEquals(200, response.status(), response.toString());
    return response.object().getAsJsonObject("output");
  }

  private static JsonObject user(ApiClient.Response response) {
    return ok(response).getAsJsonObject("user");
  }

  private static JsonObject group(ApiClient.Response response) {
    return ok(response).getAsJsonObject("group");
  }

  private static void assertOutranked(ApiClient.Response response) {
    assertEquals(403, response.status(), response.toString());
    assertEquals("target_outranks_connection", response.errorCode());
  }

  private long scimCalls() {
    return sandbox.calls().stream().filter(c -> "scim".equals(c.get("api").getAsString())).count();
  }

  private static String status(long id) {
    return TestDatabase.queryString("SELECT status FROM slack_connection WHERE id = ?", id);
  }

  private static HtmlPage click(HtmlElement element) {
    try {
      return element.click();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static HtmlPage clickLink(HtmlPage page, String text) {
    try {
      return page.getAnchorByText(text).click();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
