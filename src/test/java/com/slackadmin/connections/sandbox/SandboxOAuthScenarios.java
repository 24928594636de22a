package com.slackadmin.connections.sandbox;

import static com.slackadmin.connections.sandbox.SandboxClient.ALL_SCOPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slackadmin.connections.sandbox.control.SandboxApp;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.FreshServer;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's OAuth pages in a browser, the code exchange and the Web API methods, all read through
 * Slack's own SDK (failing on unknown fields) so that a shape or field-name mistake fails here.
 */
public abstract class SandboxOAuthScenarios extends FreshServer {

  final SandboxClient sandbox = new SandboxClient(base);

  @Test
  void signInThenAnotherAccountThenTheChooserThenOrgOrWorkspaceForAGridOwner() {
    try (Browser browser = new Browser(sandbox.base())) {
      String authorize = sandbox.authorizePath(ALL_SCOPES, "state-1");
      HtmlPage signIn = browser.open(authorize);
      assertTrue(signIn.asNormalizedText().contains("Sign in to Slack"), signIn.asNormalizedText());
      HtmlPage consentPlus = SandboxClient.signIn(signIn, "admin@plus.example");
      assertTrue(consentPlus.asNormalizedText().contains("admin@plus.example"));
      assertEquals(1, consentPlus.getElementsByName("install").size(), "a workspace person installs on it");
      assertTrue(consentPlus.asNormalizedText().contains("team.billing:read"), "the scopes are listed");

      HtmlPage another = click(consentPlus.getAnchorByText("Use another account"));
      HtmlPage consentGrid = SandboxClient.signIn(another, "owner@grid.example");
      assertTrue(consentGrid.asNormalizedText().contains("Globex Grid (the whole organisation) (recommended)"));
      assertEquals(3, consentGrid.getElementsByName("install").size(), "the org or one of two workspaces");

      HtmlPage chooser = browser.open(authorize);
      assertTrue(chooser.asNormalizedText().contains("Select a Slack account"), chooser.asNormalizedText());
      assertTrue(chooser.asNormalizedText().contains("admin@plus.example"));
      HtmlPage chosen = click(chooser.getAnchors().stream()
          .filter(a -> a.getTextContent().contains("owner@grid.example")).findFirst().orElseThrow());

      HtmlPage landed = SandboxClient.decide(chosen, "org", true);
      assertEquals("/privacy", landed.getUrl().getPath());
      Map<String, String> query = SandboxClient.query(landed.getUrl().toString());
      assertEquals("state-1", query.get("state"));
      OAuthV2AccessResponse org = sandbox.exchange(query.get("code"));
      assertTrue(org.isOk(), org.getError());
      assertTrue(org.isEnterpriseInstall());
      assertNull(org.getTeam());
      assertEquals("E04GRID0001", org.getEnterprise().getId());
      assertEquals("W04OWNER001", org.getAuthedUser().getId());
      assertEquals("user", org.getAuthedUser().getTokenType());
      assertNull(org.getAccessToken(), "a user-scope-only install has no top-level token");
      assertTrue(org.getAuthedUser().getAccessToken().startsWith("xoxp-"));
      assertEquals(ALL_SCOPES, org.getAuthedUser().getScope());

      HtmlPage again = click(browser.open(authorize).getAnchors().stream()
          .filter(a -> a.getTextContent().contains("owner@grid.example")).findFirst().orElseThrow());
      OAuthV2AccessResponse workspace = sandbox.exchange(SandboxClient.query(
          SandboxClient.decide(again, "T04NORTH001", true).getUrl().toString()).get("code"));
      assertFalse(workspace.isEnterpriseInstall());
      assertEquals("T04NORTH001", workspace.getTeam().getId());
      assertEquals("Globex North", workspace.getTeam().getName());
      assertEquals("E04GRID0001", workspace.getEnterprise().getId());
    }
  }

  @Test
  void cancelRedirectsWithAccessDeniedAndTheState() {
    try (Browser browser = new Browser(sandbox.base())) {
      HtmlPage consent = SandboxClient.signIn(browser.open(sandbox.authorizePath("admin", "keep me")),
          "owner@plus.example");
      HtmlPage landed = SandboxClient.decide(consent, null, false);
      Map<String, String> query = SandboxClient.query(landed.getUrl().toString());
      assertEquals("/privacy", landed.getUrl().getPath());
      assertEquals("access_denied", query.get("error"));
      assertEquals("keep me", query.get("state"));
      assertNull(query.get("code"));
    }
  }

  @Test
  void untrustworthyRequestsGetAnErrorPageAndNoRedirect() {
    String good = sandbox.authorizePath("admin", "s");
    List<String> bad = List.of(good.replace(SandboxApp.CLIENT_ID, "someone-else"),
        good.replace(SandboxClient.enc(sandbox.redirectUri()), SandboxClient.enc("https://evil.example/cb")),
        good.replace("&state=s", ""));
    try (Browser browser = new Browser(sandbox.base())) {
      browser.client().getOptions().setRedirectEnabled(false);
      for (String path : bad) {
        Page page = browser.get(path);
        assertEquals(400, page.getWebResponse().getStatusCode(), path);
        assertNull(page.getWebResponse().getResponseHeaderValue("Location"), path);
        assertTrue(page.getWebResponse().getContentAsString().contains("role=\"alert\""), path);
      }
    }
  }

  @Test
  void codesAreSingleUseBoundToTheRedirectUriAndNeedTheRightClient() throws Exception {
    String code = sandbox.code("admin@plus.example", null, "admin");
    var methods = sandbox.slack().methods();
    assertEquals("invalid_client_id", methods.oauthV2Access(r -> r.clientId("nope")
        .clientSecret(SandboxApp.CLIENT_SECRET).code(code).redirectUri(sandbox.redirectUri())).getError());
    assertEquals("bad_client_secret", methods.oauthV2Access(r -> r.clientId(SandboxApp.CLIENT_ID)
        .clientSecret("wrong").code(code).redirectUri(sandbox.redirectUri())).getError());
    assertEquals("bad_redirect_uri", methods.oauthV2Access(r -> r.clientId(SandboxApp.CLIENT_ID)
        .clientSecret(SandboxApp.CLIENT_SECRET).code(code).redirectUri(sandbox.base() + "/elsewhere")).getError());
    assertTrue(sandbox.exchange(code).isOk());
    assertEquals("invalid_code", sandbox.exchange(code).getError(), "a code works once");
    assertEquals("invalid_code", sandbox.exchange("made-up").getError());
  }

  @Test
  void clientCredentialsAlsoWorkAsHttpBasic() {
    String code = sandbox.code("admin@plus.example", null, "admin");
    String basic = java.util.Base64.getEncoder().encodeToString(
        (SandboxApp.CLIENT_ID + ":" + SandboxApp.CLIENT_SECRET).getBytes());
    var response = sandbox.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(sandbox.base() + "/sandbox/api/oauth.v2.access"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("code=" + SandboxClient.enc(code)
            + "&redirect_uri=" + SandboxClient.enc(sandbox.redirectUri())))
        .build());
    assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.body().contains("\"ok\":true"), response.body());
  }

  @Test
  void theSandboxSignInHasItsOwnCookieAndRefusesCrossSitePosts() {
    List<NameValuePair> signIn = List.of(new NameValuePair("client_id", SandboxApp.CLIENT_ID),
        new NameValuePair("user_scope", "admin"), new NameValuePair("redirect_uri", sandbox.redirectUri()),
        new NameValuePair("state", "s"), new NameValuePair("email", "admin@plus.example"),
        new NameValuePair("password", "sandbox"));
    try (Browser browser = new Browser(sandbox.base())) {
      browser.client().getOptions().setRedirectEnabled(false);
      browser.client().getOptions().setThrowExceptionOnFailingStatusCode(false);
      HtmlPage page = browser.open(sandbox.authorizePath("admin", "s"));
      String token = page.getForms().get(0).getInputByName("sandbox_csrf").getValue();
      assertTrue(token.length() >= 32, token);

      // the same browser, cookie and all, posting a form that lacks the token: what another site can make it do
      Page forged = browser.post("/sandbox/oauth/signin", signIn);
      assertEquals(403, forged.getWebResponse().getStatusCode());
      assertTrue(forged.getWebResponse().getContentAsString().contains("form token"));
      Page wrongToken = browser.post("/sandbox/oauth/signin", with(signIn, "sandbox_csrf", "0".repeat(48)));
      assertEquals(403, wrongToken.getWebResponse().getStatusCode());

      Page answer = browser.post("/sandbox/oauth/signin", with(signIn, "sandbox_csrf", token));
      assertEquals(303, answer.getWebResponse().getStatusCode(), answer.getWebResponse().getContentAsString());
      String cookie = answer.getWebResponse().getResponseHeaderValue("Set-Cookie");
      assertTrue(cookie.startsWith("sandbox_session=") && cookie.contains("Path=/sandbox")
          && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

      Page reset = browser.post("/sandbox/manage/reset", List.of());
      assertEquals(403, reset.getWebResponse().getStatusCode(), "the control page's forms need the token too");
    }
    var crossSite = sandbox.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(sandbox.base() + "/sandbox/control/reset"))
        .header("Origin", "https://evil.example").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(403, crossSite.statusCode());
    // a form another site could post without a preflight: text/plain, no Origin (as older browsers send)
    var plainForm = sandbox.post("/sandbox/control/reset", "text/plain", "{}");
    assertEquals(415, plainForm.statusCode(), plainForm.body());
    assertEquals(200, sandbox.post("/sandbox/control/reset", "application/json", "{}").statusCode());
  }

  private static List<NameValuePair> with(List<NameValuePair> parameters, String name, String value) {
    List<NameValuePair> all = new java.util.ArrayList<>(parameters);
    all.add(new NameValuePair(name, value));
    return all;
  }

  @Test
  void wrongPasswordShowsAnErrorOnTheSignInPage() {
    try (Browser browser = new Browser(sandbox.base())) {
      HtmlPage signIn = browser.open(sandbox.authorizePath("admin", "s"));
      var form = signIn.getForms().get(0);
      form.getInputByName("email").setValue("admin@plus.example");
      form.getInputByName("password").setValue("not-sandbox");
      HtmlPage again = click(form.getOneHtmlElementByAttribute("button", "type", "submit"));
      assertTrue(again.querySelector("[role=alert]").asNormalizedText().contains("do not match"));
    }
  }

  @Test
  void webApiMethodsAnswerInSlacksShapesForAWorkspaceToken() throws Exception {
    String token = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    var api = sandbox.slack().methods(token);
    var auth = api.authTest(r -> r);
    assertTrue(auth.isOk(), auth.getError());
    assertEquals("T01PLUS0001", auth.getTeamId());
    assertEquals("U01PLUSAD01", auth.getUserId());
    assertEquals("https://acme-plus.slack.com/", auth.getUrl());
    assertFalse(auth.isEnterpriseInstall());

    var admin = api.usersInfo(r -> r.user("U01PLUSAD01")).getUser();
    assertTrue(admin.isAdmin());
    assertFalse(admin.isOwner());
    assertEquals("admin@plus.example", admin.getProfile().getEmail());
    assertNull(admin.getEnterpriseUser());
    var owner = api.usersInfo(r -> r.user("U01PLUSOW01")).getUser();
    assertTrue(owner.isAdmin() && owner.isOwner() && !owner.isPrimaryOwner(), "owners carry is_admin");
    assertTrue(api.usersInfo(r -> r.user("U01PLUSPO01")).getUser().isPrimaryOwner());
    var guest = api.usersInfo(r -> r.user("U01PLUSGU01")).getUser();
    assertTrue(guest.isRestricted() && !guest.isUltraRestricted());
    assertEquals("user_not_found", api.usersInfo(r -> r.user("U02PROOW001")).getError(), "another workspace");

    var team = api.teamInfo(r -> r).getTeam();
    assertEquals("T01PLUS0001", team.getId());
    assertEquals("Acme Plus", team.getName());
    assertEquals("acme-plus", team.getDomain());
    assertEquals("plus", api.teamBillingInfo(r -> r).getPlan());

    sandbox.control("plan", "{\"team\":\"T01PLUS0001\",\"plan\":\"std\"}");
    assertEquals("std", api.teamBillingInfo(r -> r).getPlan());
    sandbox.control("role", "{\"email\":\"admin@plus.example\",\"role\":\"MEMBER\"}");
    assertFalse(api.usersInfo(r -> r.user("U01PLUSAD01")).getUser().isAdmin(), "a demotion shows at once");
  }

  @Test
  void gridTokensShowOrgRolesInEnterpriseUser() throws Exception {
    String org = sandbox.token("owner@grid.example", "org", ALL_SCOPES);
    var api = sandbox.slack().methods(org);
    var auth = api.authTest(r -> r);
    assertTrue(auth.isEnterpriseInstall());
    assertEquals("E04GRID0001", auth.getEnterpriseId());
    var wsAdmin = api.usersInfo(r -> r.user("W04WSADMIN1")).getUser();
    assertTrue(wsAdmin.isAdmin(), "admin of a workspace");
    assertFalse(wsAdmin.getEnterpriseUser().isAdmin(), "but not of the org");
    assertEquals("E04GRID0001", wsAdmin.getEnterpriseUser().getEnterpriseId());
    assertEquals("Globex Grid", wsAdmin.getEnterpriseUser().getEnterpriseName());
    var me = api.usersInfo(r -> r.user("W04OWNER001")).getUser().getEnterpriseUser();
    assertTrue(me.isOwner() && me.isAdmin() && !me.isPrimaryOwner());
    assertEquals(List.of("T04NORTH001", "T04SOUTH001"), me.getTeams());
    assertTrue(api.usersInfo(r -> r.user("W04GUEST001")).getUser().isUltraRestricted());
    assertEquals("enterprise", api.teamBillingInfo(r -> r).getPlan());
    assertEquals("E04GRID0001", api.teamInfo(r -> r).getTeam().getId());
    assertEquals("Globex South", api.teamInfo(r -> r.team("T04SOUTH001")).getTeam().getName());

    sandbox.control("role", "{\"email\":\"owner@grid.example\",\"orgRole\":\"MEMBER\"}");
    assertFalse(api.usersInfo(r -> r.user("W04OWNER001")).getUser().getEnterpriseUser().isOwner());
  }

  @Test
  void tokenErrorsAreSlacks() throws Exception {
    var noToken = sandbox.post("/sandbox/api/auth.test", "application/x-www-form-urlencoded", "");
    assertEquals("not_authed", com.slack.api.util.json.GsonFactory.createSnakeCase(sandbox.slack().getConfig())
        .fromJson(noToken.body(), com.slack.api.methods.response.auth.AuthTestResponse.class).getError());
    assertEquals("invalid_auth", sandbox.slack().methods("xoxp-1-2-3-made-up").authTest(r -> r).getError());

    String narrow = sandbox.token("admin@plus.example", null, "admin");
    var missing = sandbox.slack().methods(narrow).usersInfo(r -> r.user("U01PLUSAD01"));
    assertEquals("missing_scope", missing.getError());
    assertEquals("users:read", missing.getNeeded());
    assertEquals("admin", missing.getProvided());
    assertEquals("missing_scope", sandbox.slack().methods(narrow).teamBillingInfo(r -> r).getError());

    String token = sandbox.token("member@plus.example", null, ALL_SCOPES);
    sandbox.control("active", "{\"email\":\"member@plus.example\",\"active\":false}");
    assertEquals("account_inactive", sandbox.slack().methods(token).authTest(r -> r).getError());
    sandbox.control("active", "{\"email\":\"member@plus.example\",\"active\":true}");
    assertTrue(sandbox.slack().methods(token).authTest(r -> r).isOk());

    var revoke = sandbox.slack().methods(token).authRevoke(r -> r);
    assertTrue(revoke.isOk() && revoke.isRevoked());
    assertEquals("token_revoked", sandbox.slack().methods(token).authTest(r -> r).getError());

    String other = sandbox.token("admin2@plus.example", null, ALL_SCOPES);
    assertEquals(1, sandbox.control("revoke", "{\"email\":\"admin2@plus.example\"}").get("revoked").getAsInt());
    assertEquals("token_revoked", sandbox.slack().methods(other).usersInfo(r -> r.user("U01PLUSAD02")).getError());
  }

  @Test
  void theTokenAlsoWorksAsAParameterAndJsonBodiesAreRead() {
    String token = sandbox.token("admin@plus.example", null, ALL_SCOPES);
    var form = sandbox.post("/sandbox/api/users.info", "application/x-www-form-urlencoded",
        "token=" + SandboxClient.enc(token) + "&user=U01PLUSME01");
    assertTrue(form.body().contains("\"id\":\"U01PLUSME01\""), form.body());
    var json = sandbox.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(sandbox.base() + "/sandbox/api/users.info"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json; charset=utf-8")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"user\":\"U01PLUSME02\"}")).build());
    assertTrue(json.body().contains("\"id\":\"U01PLUSME02\""), json.body());
  }

  private static HtmlPage click(org.htmlunit.html.HtmlElement element) {
    try {
      return element.click();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
