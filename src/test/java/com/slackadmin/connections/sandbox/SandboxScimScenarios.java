package com.slackadmin.connections.sandbox;

import static com.slackadmin.connections.sandbox.SandboxClient.ALL_SCOPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.scim2.SCIM2ApiException;
import com.slack.api.scim2.model.PatchOperation;
import com.slack.api.scim2.model.User;
import com.slack.api.scim2.request.GroupsPatchOperation;
import com.slackadmin.connections.sandbox.control.SandboxApp;
import com.slackadmin.connections.sandbox.control.SeedData;
import com.slackadmin.connections.slack.control.StandaloneGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's SCIM 2.0 API through Slack's SCIM2Client and raw HTTP, with Slack's refusals; {@code users.list}
 * against the same accounts, read by the product's own gateway; and the behaviours tests switch on: faults,
 * token rotation, rate limits, the call log and the control page.
 */
public abstract class SandboxScimScenarios extends FreshServer {

  final SandboxClient sandbox = new SandboxClient(base);

  @Test
  void usersFilterAndPageWithinWhatTheTokenSees() throws Exception {
    String org = sandbox.token("primary@grid.example", "org", ALL_SCOPES);
    var scim = sandbox.scim();
    var all = scim.searchUsers(r -> r.token(org).count(1000));
    assertEquals(7, all.getTotalResults(), "the whole Grid org, nobody from other workspaces");
    var byName = scim.searchUsers(r -> r.token(org).filter("userName eq \"member.grid\""));
    assertEquals(1, byName.getTotalResults());
    assertEquals("W04MEMBER01", byName.getResources().get(0).getId());
    var byEmail = scim.searchUsers(r -> r.token(org).filter("emails eq \"ORGADMIN@grid.example\""));
    assertEquals("W04ADMIN001", byEmail.getResources().get(0).getId());
    assertEquals(1, scim.searchUsers(r -> r.token(org).filter("email eq \"guest@grid.example\"")).getTotalResults());
    var page = scim.searchUsers(r -> r.token(org).startIndex(3).count(2));
    assertEquals(7, page.getTotalResults());
    assertEquals(2, page.getItemsPerPage());
    assertEquals(3, page.getStartIndex());
    assertEquals(all.getResources().get(2).getId(), page.getResources().get(0).getId());

    var read = scim.readUser(r -> r.token(org).id("W04MEMBER01"));
    assertEquals("member@grid.example", read.getEmails().get(0).getValue());
    assertEquals("Nina", read.getName().getGivenName());
    assertTrue(read.getGroups().stream().anyMatch(g -> g.getValue().equals("S04ENGINEER")));
    assertTrue(read.getMeta().getLocation().endsWith("/sandbox/scim/v2/Users/W04MEMBER01"));

    String workspace = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    assertEquals(7, scim.searchUsers(r -> r.token(workspace)).getTotalResults(), "one workspace's people");
    SCIM2ApiException unknown = assertThrows(SCIM2ApiException.class,
        () -> scim.readUser(r -> r.token(workspace).id("W04MEMBER01")));
    assertEquals(404, unknown.getResponse().code());
  }

  @Test
  void usersListPagesThroughWhatScimListsAndTheProductReadsItAsUsersInfo() throws Exception {
    sandbox.control("reset", "{\"seedUsers\":5}");
    String admin = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    List<String> listed = sandbox.usersListIds(admin, null, 2);
    assertEquals(7 + 5, listed.size(), "the seeded workspace and its generated Members");
    assertEquals(listed.size(), Set.copyOf(listed).size(), "nobody twice");
    assertEquals(Set.copyOf(sandbox.scimUserIds(admin, 3)), Set.copyOf(listed));
    assertTrue(listed.contains("U01BK000005"));

    String org = sandbox.token("primary@grid.example", "org", ALL_SCOPES);
    assertEquals("missing_argument", usersList(org, "limit=2").get("error").getAsString(),
        "an org-wide token names the workspace");
    Set<String> everyWorkspace = new HashSet<>(sandbox.usersListIds(org, SeedData.GRID_NORTH, 2));
    everyWorkspace.addAll(sandbox.usersListIds(org, SeedData.GRID_SOUTH, 2));
    assertEquals(Set.copyOf(sandbox.scimUserIds(org, 4)), everyWorkspace);

    // each member exactly as users.info shows that person, to Slack's own SDK too (it fails on unknown fields)
    JsonObject first = usersList(admin, "limit=1&include_locale=true").getAsJsonArray("members").get(0)
        .getAsJsonObject();
    assertEquals(first, JsonParser.parseString(sandbox.post("/sandbox/api/users.info",
        "application/x-www-form-urlencoded", "token=" + admin + "&include_locale=true&user="
            + first.get("id").getAsString())
        .body()).getAsJsonObject().getAsJsonObject("user"));
    var page = sandbox.slack().methods(admin).usersList(r -> r.limit(3).includeLocale(true));
    assertTrue(page.isOk(), page.getError());
    assertEquals(3, page.getMembers().size());
    assertTrue(calls().stream().anyMatch(c -> c.get("api").getAsString().equals("web")
        && c.get("name").getAsString().equals("users.list") && c.get("userId").getAsString().equals("U01PLUSAD01")));
    String controlPage = sandbox.send(HttpRequest.newBuilder(URI.create(sandbox.base() + "/sandbox")).build()).body();
    assertTrue(controlPage.contains("Not listed: 10 generated Members"), "the page says they exist");
    assertFalse(controlPage.contains("bulk-user-00002"), "but does not list them");

    try (StandaloneGateway product = StandaloneGateway.at(sandbox.base() + "/sandbox/api/")) {
      List<SlackIdentity> roster = product.gateway().roster(admin, null);
      assertEquals(listed, roster.stream().map(SlackIdentity::userId).toList());
      for (String id : List.of("U01PLUSPO01", "U01PLUSAD01", "U01PLUSGU01", "U01BK000001")) {
        assertEquals(product.gateway().identity(admin, id),
            roster.stream().filter(i -> i.userId().equals(id)).findFirst().orElseThrow());
      }
      SlackIdentity orgOwner = product.gateway().roster(org, SeedData.GRID_NORTH).stream()
          .filter(i -> i.userId().equals("W04OWNER001")).findFirst().orElseThrow();
      assertEquals(SlackRole.OWNER, orgOwner.orgRole());
      assertEquals("missing_argument",
          assertThrows(SlackException.class, () -> product.gateway().roster(org, null)).error());
    }
  }

  @Test
  void createRefusesADuplicateAndDeleteDeactivatesUntilPatchedBack() throws Exception {
    String token = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    var scim = sandbox.scim();
    User.Name name = new User.Name();
    name.setGivenName("Neil");
    name.setFamilyName("Newcomer");
    User user = new User();
    user.setUserName("neil");
    user.setName(name);
    user.setEmails(List.of(User.Email.builder().value("neil@plus.example").primary(true).build()));
    var created = scim.createUser(r -> r.token(token).user(user));
    assertTrue(created.getId().startsWith("U"));
    assertTrue(created.getActive());
    SCIM2ApiException duplicate = assertThrows(SCIM2ApiException.class,
        () -> scim.createUser(r -> r.token(token).user(user)));
    assertEquals(409, duplicate.getResponse().code());

    scim.deleteUser(r -> r.token(token).id(created.getId()));
    assertFalse(scim.readUser(r -> r.token(token).id(created.getId())).getActive());
    var reactivated = raw("PATCH", "/Users/" + created.getId(), token,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\","
            + "\"path\":\"active\",\"value\":true},{\"op\":\"replace\",\"path\":\"name.familyName\",\"value\":\"Back\"}]}");
    assertEquals(200, reactivated.statusCode(), reactivated.body());
    var back = scim.readUser(r -> r.token(token).id(created.getId()));
    assertTrue(back.getActive());
    assertEquals("Back", back.getName().getFamilyName());
    assertEquals(404, raw("GET", "/Users/U000NOBODY", token, null).statusCode());
  }

  @Test
  void groupMembersAreAddedAndRemoved() throws Exception {
    String org = sandbox.token("orgadmin@grid.example", "org", ALL_SCOPES);
    var scim = sandbox.scim();
    var groups = scim.searchGroups(r -> r.token(org).count(10));
    assertEquals(2, groups.getTotalResults());
    scim.patchGroup(r -> r.token(org).id("S04ENGINEER").operations(List.of(
        GroupsPatchOperation.builder().op(PatchOperation.Add).path("members")
            .memberValues(List.of(GroupsPatchOperation.Member.builder().value("W04GUEST001").build())).build())));
    var members = scim.readGroup(r -> r.token(org).id("S04ENGINEER")).getMembers();
    assertTrue(members.stream().anyMatch(m -> m.getValue().equals("W04GUEST001")));
    var removed = raw("PATCH", "/Groups/S04ENGINEER", org, "{\"Operations\":[{\"op\":\"remove\","
        + "\"path\":\"members[value eq \\\"W04MEMBER01\\\"]\"}]}");
    assertEquals(200, removed.statusCode(), removed.body());
    members = scim.readGroup(r -> r.token(org).id("S04ENGINEER")).getMembers();
    assertFalse(members.stream().anyMatch(m -> m.getValue().equals("W04MEMBER01")));

    var created = raw("POST", "/Groups", org, "{\"displayName\":\"Pilots\",\"members\":[{\"value\":\"W04MEMBER02\"}]}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(409, raw("POST", "/Groups", org, "{\"displayName\":\"pilots\"}").statusCode());
    String id = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsString();
    assertEquals(204, raw("DELETE", "/Groups/" + id, org, null).statusCode());
    assertEquals(404, raw("GET", "/Groups/" + id, org, null).statusCode());
  }

  @Test
  void slackRefusesTokensWithoutAdminScopeDemotedUsersAndTargetsThatOutrankThem() throws Exception {
    String noAdminScope = sandbox.token("admin@plus.example", null, "users:read");
    assertRefused(raw("GET", "/Users", noAdminScope, null), 403);

    String admin = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    var ownerChange = raw("PATCH", "/Users/U01PLUSOW01", admin,
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Demoted\"}]}");
    assertRefused(ownerChange, 403);
    assertTrue(ownerChange.body().contains("outranks"), ownerChange.body());
    assertRefused(raw("DELETE", "/Users/U01PLUSPO01", admin, null), 403);
    assertEquals(204, raw("DELETE", "/Users/U01PLUSME01", admin, null).statusCode(), "members are fine");
    assertEquals(200, raw("PATCH", "/Users/U01PLUSAD02", admin,
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Peer\"}]}").statusCode(), "so are peers");

    sandbox.control("role", "{\"email\":\"admin@plus.example\",\"role\":\"MEMBER\"}");
    var demoted = raw("GET", "/Users", admin, null);
    assertRefused(demoted, 403);
    assertTrue(demoted.body().contains("Owner or Admin"), demoted.body());

    String freeOwner = sandbox.token("owner@free.example", null, ALL_SCOPES);
    assertRefused(raw("GET", "/Users", freeOwner, null), 403);
    assertEquals(401, raw("GET", "/Users", null, null).statusCode());
  }

  @Test
  void everyCallIsRecordedSoTestsCanProveNothingReachedScim() {
    String admin = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    sandbox.control("calls/clear", "{}");
    raw("GET", "/Users?count=1", admin, null);
    sandbox.post("/sandbox/api/auth.test", "application/x-www-form-urlencoded", "token=" + admin);
    List<JsonObject> calls = calls();
    assertEquals(2, calls.size());
    assertEquals("scim", calls.get(0).get("api").getAsString());
    assertEquals("/Users", calls.get(0).get("name").getAsString());
    assertEquals("U01PLUSAD01", calls.get(0).get("userId").getAsString());
    assertEquals(200, calls.get(0).get("status").getAsInt());
    assertEquals("auth.test", calls.get(1).get("name").getAsString());
    assertNotNull(calls.get(1).get("at").getAsString());
    assertFalse(calls.toString().contains(admin), "tokens are never recorded");
  }

  @Test
  void faultsOnDemand() throws Exception {
    String token = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    sandbox.control("faults", "{\"method\":\"users.info\",\"kind\":\"RATE_LIMITED\",\"count\":2,\"retryAfter\":7}");
    HttpResponse<String> limited = usersInfo(token);
    assertEquals(429, limited.statusCode());
    assertEquals("7", limited.headers().firstValue("Retry-After").orElse(""));
    SlackApiException viaSdk = assertThrows(SlackApiException.class,
        () -> sandbox.slack().methods(token).usersInfo(r -> r.user("U01PLUSAD01")));
    assertEquals(429, viaSdk.getResponse().code());
    assertEquals(200, usersInfo(token).statusCode(), "the fault is used up");

    sandbox.control("faults", "{\"method\":\"users.info\",\"kind\":\"SERVER_ERROR\"}");
    assertEquals(500, usersInfo(token).statusCode());
    sandbox.control("faults", "{\"method\":\"users.info\",\"kind\":\"MALFORMED\"}");
    HttpResponse<String> malformed = usersInfo(token);
    assertEquals(200, malformed.statusCode());
    assertThrows(RuntimeException.class, () -> JsonParser.parseString(malformed.body()).getAsJsonObject()
        .get("ok").getAsBoolean());
    sandbox.control("faults", "{\"method\":\"users.info\",\"kind\":\"SLOW\",\"delayMs\":1500}");
    long started = System.nanoTime();
    assertEquals(200, usersInfo(token).statusCode());
    assertTrue(System.nanoTime() - started >= 1_400_000_000L, "slow");

    sandbox.control("faults", "{\"method\":\"scim\",\"kind\":\"RATE_LIMITED\",\"retryAfter\":3}");
    HttpResponse<String> scimLimited = raw("GET", "/Users", token, null);
    assertEquals(429, scimLimited.statusCode());
    assertEquals("3", scimLimited.headers().firstValue("Retry-After").orElse(""));
    assertEquals(200, raw("GET", "/Users", token, null).statusCode());
  }

  @Test
  void tokenRotationIssuesPairsSpendsRefreshTokensAndExpiresTokens() throws Exception {
    sandbox.control("settings", "{\"tokenRotation\":true,\"tokenLifetimeSeconds\":2}");
    OAuthV2AccessResponse first = sandbox.exchange(sandbox.code("admin@plus.example", null, ALL_SCOPES));
    assertEquals(2, first.getAuthedUser().getExpiresIn());
    String refresh = first.getAuthedUser().getRefreshToken();
    assertTrue(refresh.startsWith("xoxe-"), refresh);
    String access = first.getAuthedUser().getAccessToken();
    assertTrue(sandbox.slack().methods(access).authTest(r -> r).isOk());

    var methods = sandbox.slack().methods();
    OAuthV2AccessResponse second = methods.oauthV2Access(r -> r.clientId(SandboxApp.CLIENT_ID)
        .clientSecret(SandboxApp.CLIENT_SECRET).grantType("refresh_token").refreshToken(refresh));
    assertTrue(second.isOk(), second.getError());
    assertNotEquals(access, second.getAccessToken());
    assertNotEquals(refresh, second.getRefreshToken());
    assertEquals("user", second.getTokenType());
    assertEquals(2, second.getExpiresIn());
    assertEquals("invalid_refresh_token", methods.oauthV2Access(r -> r.clientId(SandboxApp.CLIENT_ID)
        .clientSecret(SandboxApp.CLIENT_SECRET).grantType("refresh_token").refreshToken(refresh)).getError());

    Thread.sleep(2200);
    assertEquals("token_expired", sandbox.slack().methods(second.getAccessToken()).authTest(r -> r).getError());
    assertEquals(401, raw("GET", "/Users", second.getAccessToken(), null).statusCode());
  }

  @Test
  void publishedRateLimitsWhenSwitchedOn() {
    String token = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    // refill a thousand times slower: on a busy machine the calls can take longer than the 1.2 s in which a
    // token comes back at Slack's rate, and the 51st would then pass
    sandbox.control("settings", "{\"rateLimits\":true,\"rateLimitTimeScale\":0.001}");
    int limitedAt = -1;
    for (int i = 0; i < 60 && limitedAt < 0; i++) {
      HttpResponse<String> answer = sandbox.post("/sandbox/api/team.billing.info",
          "application/x-www-form-urlencoded", "token=" + token);
      if (answer.statusCode() == 429) {
        limitedAt = i;
        assertTrue(Integer.parseInt(answer.headers().firstValue("Retry-After").orElse("0")) >= 1);
      }
    }
    assertEquals(50, limitedAt, "Tier 3: 50 a minute");
  }

  @Test
  void theControlPageChangesARoleAndResets() {
    try (Browser browser = new Browser(sandbox.base())) {
      HtmlPage control = browser.open("/sandbox");
      // the page and the fragment it includes are both read as UTF-8: no mojibake in the shared title
      assertEquals("Slack sandbox control page \u00b7 Slack sandbox", control.getTitleText());
      assertTrue(control.asNormalizedText().contains("admin@plus.example"));
      assertTrue(control.asNormalizedText().contains("sandbox-client-secret"));
      HtmlForm role = control.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/manage/role")
          && f.getInputByName("user").getValue().equals("U01PLUSAD01")).findFirst().orElseThrow();
      role.getSelectByName("role").setSelectedAttribute("MEMBER", true);
      HtmlPage after = ConsolePages.submit(role);
      assertTrue(after.querySelector("[role=status]").asNormalizedText().startsWith("Done"));
      assertEquals("MEMBER", sandbox.controlGet("users?email=admin@plus.example").getAsJsonObject("user")
          .get("role").getAsString());
      ConsolePages.submit(ConsolePages.formWithAction(after, "/sandbox/manage/reset"));
      assertEquals("ADMIN", sandbox.controlGet("users?email=admin@plus.example").getAsJsonObject("user")
          .get("role").getAsString());
    }
  }

  private HttpResponse<String> usersInfo(String token) {
    return sandbox.post("/sandbox/api/users.info", "application/x-www-form-urlencoded",
        "token=" + token + "&user=U01PLUSAD01");
  }

  private JsonObject usersList(String token, String form) {
    return JsonParser.parseString(sandbox.post("/sandbox/api/users.list", "application/x-www-form-urlencoded",
        "token=" + token + "&" + form).body()).getAsJsonObject();
  }

  private List<JsonObject> calls() {
    return StreamSupport.stream(sandbox.controlGet("calls").getAsJsonArray("calls").spliterator(), false)
        .map(JsonElement::getAsJsonObject).toList();
  }

  private HttpResponse<String> raw(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.base() + "/sandbox/scim/v2" + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return sandbox.send(request.build());
  }

  private static void assertRefused(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject();
    assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.getAsJsonArray("schemas").get(0).getAsString());
    assertEquals(status, error.get("status").getAsInt());
    assertFalse(error.get("detail").getAsString().isBlank());
  }
}
