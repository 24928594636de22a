package com.slackadmin.connections.platform.api;

import static com.slackadmin.connections.support.ConsolePages.PASSWORD;
import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.createApiToken;
import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static com.slackadmin.connections.support.ConsolePages.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens in the console, and the JSON API under /api: token sign-in, visibility, roles,
 * errors, the audit trail, and the OpenAPI document.
 */
public abstract class ApiScenarios extends FreshServer {

  @Test
  void aNewTokenIsShownOnceAndTheDatabaseHoldsOnlyItsHash() throws Exception {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage connections = admin.open("/app/connections");
      assertTrue(connections.getAnchorByText("API tokens").getHrefAttribute().endsWith("/app/tokens"));

      String token = createApiToken(admin, "nightly offboarding");
      assertTrue(token.startsWith("sac_") && token.length() == 47, token);

      HtmlPage again = admin.open("/app/tokens");
      assertFalse(again.getWebResponse().getContentAsString().contains(token), "shown once only");
      assertTrue(again.asNormalizedText().contains("nightly offboarding"));
      assertNull(again.getElementById("new-token"));

      String stored = TestDatabase.queryString("SELECT token_hash FROM api_token WHERE name = 'nightly offboarding'");
      assertEquals(sha256(token), stored);
      assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR name = ?",
          token, token), "the token itself is nowhere");
    }
  }

  @Test
  void creatingATokenNeedsTheCsrfTokenAndAViewerCannotCreateOne() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser viewer = new Browser(base)) {
      Page forged = admin.post("/app/tokens", List.of(new NameValuePair("name", "forged")));
      assertEquals(403, forged.getWebResponse().getStatusCode());

      addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
      HtmlPage page = signIn(viewer, "vera", PASSWORD);
      assertTrue(page.getAnchors().stream().noneMatch(a -> a.getHrefAttribute().endsWith("/app/tokens")));
      HtmlPage tokens = viewer.open("/app/tokens");
      assertTrue(tokens.getForms().stream().noneMatch(f -> f.getActionAttribute().endsWith("/app/tokens")));
      String csrf = formWithAction(tokens, "/app/signout").getInputByName("_csrf").getValue();
      Page refused = viewer.post("/app/tokens", List.of(new NameValuePair("_csrf", csrf),
          new NameValuePair("name", "viewer's")));
      assertEquals(403, refused.getWebResponse().getStatusCode());
      assertEquals(0, TestDatabase.count("api_token"));
    }
  }

  @Test
  void missingWrongAndRevokedTokensAreRefusedWithJson401AndASessionAloneIsNoSignIn() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      ApiClient.Response missing = new ApiClient(base, null).get("/api/connections");
      assertUnauthorized(missing);
      assertTrue(missing.header("WWW-Authenticate").startsWith("Bearer"), missing.header("WWW-Authenticate"));
      assertUnauthorized(new ApiClient(base, "sac_" + "A".repeat(43)).get("/api/connections"));
      assertUnauthorized(new ApiClient(base, "not-even-a-token").get("/api/connections"));
      assertUnauthorized(new ApiClient(base, null).post("/api/connections/1/test", null));

      Page withSessionOnly = admin.get("/api/connections");
      assertEquals(401, withSessionOnly.getWebResponse().getStatusCode(), "the console's session cookie is ignored");
      assertTrue(withSessionOnly.getWebResponse().getContentAsString().contains("\"unauthorized\""));

      String token = createApiToken(admin, "to revoke");
      ApiClient api = new ApiClient(base, token);
      assertEquals(200, api.get("/api/connections").status());
      assertNotNull(TestDatabase.queryString("SELECT last_used_at FROM api_token WHERE name = 'to revoke'"),
          "last use recorded");

      long id = TestDatabase.queryLong("SELECT id FROM api_token WHERE name = 'to revoke'");
      HtmlPage revoked = submit(formWithAction(admin.open("/app/tokens"), "/app/tokens/" + id + "/revoke"));
      assertTrue(revoked.asNormalizedText().contains("Revoked the API token to revoke"), revoked.asNormalizedText());
      assertNotNull(TestDatabase.queryString("SELECT revoked_at FROM api_token WHERE id = ?", id));
      assertUnauthorized(api.get("/api/connections"));
    }
  }

  @Test
  void aTokenOfADisabledOwnerStopsWorking() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      signIn(bob, "bob", PASSWORD);
      ApiClient api = new ApiClient(base, createApiToken(bob, "bob's script"));
      assertEquals(200, api.get("/api/connections").status());
      submit(formWithAction(admin.open("/app/teammates"), "/app/teammates/" + TestDatabase.userId("bob") + "/disable"));
      assertUnauthorized(api.get("/api/connections"));
    }
  }

  @Test
  void aTokenSeesOnlyItsOwnersConnectionsAndNoSecrets() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      long bobId = TestDatabase.userId("bob");
      TestDatabase.insertConnection(bobId, "Bob's Grid", "ACTIVE", Instant.parse("2026-03-01T00:00:00Z"));
      TestDatabase.insertConnection(bobId, "Bob's Lab", "PERMISSION_LOST", null);
      TestDatabase.insertConnection(TestDatabase.userId("admin"), "Admin's own", "ACTIVE", null);
      signIn(bob, "bob", PASSWORD);
      ApiClient api = new ApiClient(base, createApiToken(bob, "bob's script"));

      ApiClient.Response list = api.get("/api/connections");
      assertEquals(200, list.status(), list.toString());
      assertTrue(list.header("Content-Type").startsWith("application/json"), list.header("Content-Type"));
      assertEquals(List.of("Bob's Grid", "Bob's Lab"), nicknames(list.object().getAsJsonArray("items")));
      assertEquals(2, list.object().get("total").getAsInt());
      assertEquals(1, list.object().get("page").getAsInt());
      assertEquals(List.of("Bob's Lab"), nicknames(api.get("/api/connections?status=PERMISSION_LOST").object()
          .getAsJsonArray("items")));
      assertEquals(List.of("Bob's Grid", "Bob's Lab"), nicknames(api.get("/api/connections?sort=lastUsed").object()
          .getAsJsonArray("items")));
      // the console's search: part of a nickname, ignoring case; a null byte is left out, not sent to the database
      assertEquals(List.of("Bob's Lab"), nicknames(api.get("/api/connections?q=LAB").object()
          .getAsJsonArray("items")));
      ApiClient.Response nul = api.get("/api/connections?q=gr%00id");
      assertEquals(200, nul.status(), nul.toString());
      assertEquals(List.of("Bob's Grid"), nicknames(nul.object().getAsJsonArray("items")));
      assertEquals("validation_failed", api.get("/api/connections?sort=newest").errorCode());
      assertEquals(400, api.get("/api/connections?page=two").status());

      ApiClient.Response own = api.get("/api/connections/" + TestDatabase.connectionId("Bob's Grid"));
      assertEquals(200, own.status(), own.toString());
      assertEquals("Bob's Grid", own.object().get("nickname").getAsString());
      assertEquals("bob", own.object().get("owner").getAsString());
      assertEquals("ADMIN", own.object().getAsJsonObject("authorisedBy").get("role").getAsString());
      String lowerCase = own.body().toLowerCase();
      assertFalse(lowerCase.contains("token") || lowerCase.contains("ciphertext") || own.body().contains("not-a-token"),
          own.body());
      assertFalse(list.body().toLowerCase().contains("token"), list.body());

      ApiClient.Response others = api.get("/api/connections/" + TestDatabase.connectionId("Admin's own"));
      assertEquals(404, others.status());
      assertEquals("not_found", others.errorCode());
      ApiClient.Response absent = api.get("/api/connections/999999");
      assertEquals(others.body(),
          absent.body().replace("999999", String.valueOf(TestDatabase.connectionId("Admin's own"))),
          "no hint whether another user's connection exists");
      assertEquals("not_found", api.get("/api/no-such-thing").errorCode());
      assertEquals("method_not_allowed", api.post("/api/connections", "{}").errorCode());
    }
  }

  @Test
  void aViewerReadsButCannotTestOrRunCardsAndABuilderIsToldTheTokenNeedsReauthorizing() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      TestDatabase.insertConnection(TestDatabase.userId("bob"), "Bob's Grid", "ACTIVE", null);
      long id = TestDatabase.connectionId("Bob's Grid");
      signIn(bob, "bob", PASSWORD);
      ApiClient api = new ApiClient(base, createApiToken(bob, "bob's script"));

      // the stored token is a placeholder Slack does not know: the test says so, and cards refuse to run
      ApiClient.Response test = api.post("/api/connections/" + id + "/test", null);
      assertEquals(200, test.status(), test.toString());
      assertEquals("REAUTHORIZATION_REQUIRED", test.object().get("status").getAsString());
      ApiClient.Response card = api.post("/api/connections/" + id + "/cards/search-users", "{\"email\":\"a@b.co\"}");
      assertEquals(409, card.status(), card.toString());
      assertEquals("reauthorization_required", card.errorCode());
      ApiClient.Response malformed = api.post("/api/connections/" + id + "/cards/search-users", "{not json");
      assertEquals(400, malformed.status(), malformed.toString());
      assertEquals("validation_failed", malformed.errorCode());
      assertEquals("not_found", api.post("/api/connections/999999/test", null).errorCode());

      // demoted: the token stays, with the VIEWER's rights
      HtmlPage teammates = admin.open("/app/teammates");
      var roleForm = formWithAction(teammates, "/app/teammates/" + TestDatabase.userId("bob") + "/role");
      roleForm.getSelectByName("role").setSelectedAttribute("VIEWER", true);
      submit(roleForm);
      assertEquals(200, api.get("/api/connections/" + id).status());
      ApiClient.Response viewerTest = api.post("/api/connections/" + id + "/test", null);
      assertEquals(403, viewerTest.status(), viewerTest.toString());
      assertEquals("forbidden", viewerTest.errorCode());
      ApiClient.Response viewerCard = api.post("/api/connections/" + id + "/cards/search-users", "{}");
      assertEquals(403, viewerCard.status(), viewerCard.toString());
      assertEquals("forbidden", viewerCard.errorCode());
    }
  }

  @Test
  void theAuditTrailIsNewestFirstForWhoeverMaySeeTheConnection() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      TestDatabase.insertConnection(TestDatabase.userId("bob"), "Bob's Grid", "ACTIVE", null);
      TestDatabase.insertConnection(TestDatabase.userId("admin"), "Admin's own", "ACTIVE", null);
      long id = TestDatabase.connectionId("Bob's Grid");
      Instant start = Instant.parse("2026-02-01T10:00:00Z");
      TestDatabase.insertAuditEntry(id, "bob", "created", "ok", start);
      TestDatabase.insertAuditEntry(id, "bob", "deactivate-user", "target_outranks_connection", start.plusSeconds(120));
      TestDatabase.insertAuditEntry(id, "bob", "<b>search-users</b>", "ok", start.plusSeconds(60));
      TestDatabase.insertAuditEntry(TestDatabase.connectionId("Admin's own"), "admin", "renamed", "ok", start);
      signIn(bob, "bob", PASSWORD);
      ApiClient api = new ApiClient(base, createApiToken(bob, "bob's script"));

      ApiClient.Response trail = api.get("/api/connections/" + id + "/audit");
      assertEquals(200, trail.status(), trail.toString());
      JsonArray items = trail.object().getAsJsonArray("items");
      assertEquals(List.of("deactivate-user", "<b>search-users</b>", "created"), strings(items, "action"));
      assertEquals("target_outranks_connection", items.get(0).getAsJsonObject().get("outcome").getAsString());
      assertEquals("2026-02-01T10:02:00Z", items.get(0).getAsJsonObject().get("occurredAt").getAsString());
      assertEquals(3, trail.object().get("total").getAsInt());
      assertEquals("not_found",
          api.get("/api/connections/" + TestDatabase.connectionId("Admin's own") + "/audit").errorCode());

      HtmlPage page = bob.open("/app/connections/" + id + "/audit");
      assertEquals(200, page.getWebResponse().getStatusCode());
      String text = page.asNormalizedText();
      // the page says the card by its title and the action in words; a name it does not know, as recorded
      assertTrue(text.indexOf("Deactivate User") >= 0 && text.indexOf("Deactivate User") < text.indexOf(
          "<b>search-users</b>") && text.indexOf("<b>search-users</b>") < text.indexOf("Created"), text);
      assertFalse(page.getWebResponse().getContentAsString().contains("<b>search-users</b>"), "escaped");
      assertEquals(404, bob.get("/app/connections/" + TestDatabase.connectionId("Admin's own") + "/audit")
          .getWebResponse().getStatusCode());
      assertEquals(200, admin.get("/app/connections/" + id + "/audit").getWebResponse().getStatusCode(),
          "an ADMIN sees every connection's trail");
    }
  }

  @Test
  void openApiDocumentsTheApiAndOnlyTheApi() {
    JsonObject document = new ApiClient(base, null).get("/openapi").object();
    Set<String> paths = document.getAsJsonObject("paths").keySet();
    assertEquals(Set.of("/api/connections", "/api/connections/{id}", "/api/connections/{id}/test",
        "/api/cards", "/api/connections/{id}/cards/{card}", "/api/connections/{id}/audit",
        "/api/connections/{id}/bulk-runs",
        "/api/bulk-runs", "/api/bulk-runs/{id}", "/api/bulk-runs/{id}/rows", "/api/bulk-runs/{id}/pause",
        "/api/bulk-runs/{id}/resume", "/api/bulk-runs/{id}/cancel"), paths, "only the API, no console page");
    assertEquals("bearer", document.getAsJsonObject("components").getAsJsonObject("securitySchemes")
        .getAsJsonObject("apiToken").get("scheme").getAsString());
    JsonObject connection = document.getAsJsonObject("components").getAsJsonObject("schemas")
        .getAsJsonObject("ConnectionJson").getAsJsonObject("properties");
    assertTrue(connection.getAsJsonObject("lastUseOutcome").get("description").getAsString()
        .contains("refused by a rule"), connection.toString());
  }

  private static void assertUnauthorized(ApiClient.Response response) {
    assertEquals(401, response.status(), response.toString());
    assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
    assertEquals("unauthorized", response.errorCode());
    assertTrue(response.object().has("message") && response.object().has("details"), response.body());
  }

  private static List<String> nicknames(JsonArray items) {
    return strings(items, "nickname");
  }

  private static List<String> strings(JsonArray items, String field) {
    return StreamSupport.stream(items.spliterator(), false)
        .map(JsonElement::getAsJsonObject)
        .map((JsonObject o) -> o.get(field).getAsString())
        .toList();
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }
}
