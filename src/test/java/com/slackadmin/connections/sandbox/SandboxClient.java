package com.slackadmin.connections.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.scim2.SCIM2ApiException;
import com.slack.api.scim2.SCIM2Client;
import com.slackadmin.connections.sandbox.control.SandboxApp;
import com.slackadmin.connections.support.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/**
 * What tests do with the sandbox: the JSON control API, the OAuth dance in a browser, and Slack's own Java
 * SDK pointed at the sandbox, so that a field-name mistake in the sandbox fails a test.
 */
public final class SandboxClient {

  public static final String ALL_SCOPES = "admin,users:read,users:read.email,team:read,team.billing:read";

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Slack slack;

  public SandboxClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(this.base + "/sandbox/api/");
    config.setScim2EndpointUrlPrefix(this.base + "/sandbox/scim/v2/");
    config.setFailOnUnknownProperties(true);
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
  }

  public String base() {
    return base;
  }

  public Slack slack() {
    return slack;
  }

  public SCIM2Client scim() {
    return slack.scim2();
  }

  public String redirectUri() {
    return base + "/privacy";
  }

  public String authorizePath(String userScope, String state) {
    return "/sandbox/oauth/v2/authorize?client_id=" + SandboxApp.CLIENT_ID + "&user_scope=" + enc(userScope)
        + "&redirect_uri=" + enc(redirectUri()) + "&state=" + enc(state);
  }

  /** Signs in on the sandbox's sign-in page by typing the email; answers the page that follows. */
  public static HtmlPage signIn(HtmlPage signInPage, String email) {
    HtmlForm form = signInPage.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/oauth/signin"))
        .findFirst().orElseThrow(() -> new AssertionError("no sign-in form:\n" + signInPage.asNormalizedText()));
    form.getInputByName("email").setValue(email);
    form.getInputByName("password").setValue("sandbox");
    return click(form, "button");
  }

  /** Presses Authorize (or Cancel) on the consent page, with {@code install} chosen when given. */
  public static HtmlPage decide(HtmlPage consent, String install, boolean authorize) {
    HtmlForm form = consent.getForms().stream()
        .filter(f -> f.getActionAttribute().endsWith("/sandbox/oauth/v2/authorize")).findFirst()
        .orElseThrow(() -> new AssertionError("no consent form:\n" + consent.asNormalizedText()));
    if (install != null) {
      form.getRadioButtonsByName("install").stream().filter(r -> r.getValueAttribute().equals(install))
          .findFirst().orElseThrow(() -> new AssertionError("no install option " + install)).setChecked(true);
    }
    return click(form, authorize ? "allow" : "deny");
  }

  /** The whole dance in a fresh browser: answers the authorisation code from the redirect. */
  public String code(String email, String install, String userScope) {
    try (Browser browser = new Browser(base)) {
      HtmlPage consent = signIn(browser.open(authorizePath(userScope, "st-" + email)), email);
      HtmlPage landed = decide(consent, install, true);
      Map<String, String> query = query(landed.getUrl().toString());
      assertEquals("st-" + email, query.get("state"));
      return query.get("code");
    }
  }

  public OAuthV2AccessResponse exchange(String code) {
    try {
      return slack.methods().oauthV2Access(r -> r.clientId(SandboxApp.CLIENT_ID)
          .clientSecret(SandboxApp.CLIENT_SECRET).code(code).redirectUri(redirectUri()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A user token of {@code email} installed on {@code install} (a workspace id, or "org"). */
  public String token(String email, String install, String userScope) {
    OAuthV2AccessResponse response = exchange(code(email, install, userScope));
    assertTrue(response.isOk(), response.getError());
    return response.getAuthedUser().getAccessToken();
  }

  /**
   * The ids {@code users.list} gives over plain HTTP, {@code limit} a page, following each
   * {@code response_metadata.next_cursor} until it is empty; {@code teamId} only when not null.
   */
  public List<String> usersListIds(String token, String teamId, int limit) {
    List<String> ids = new ArrayList<>();
    String cursor = "";
    for (int pages = 1;; pages++) {
      String form = "limit=" + limit + (teamId == null ? "" : "&team_id=" + enc(teamId))
          + (cursor.isEmpty() ? "" : "&cursor=" + enc(cursor));
      HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/sandbox/api/users.list"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build());
      JsonObject page = json(answer);
      assertTrue(page.get("ok").getAsBoolean(), answer.body());
      JsonArray members = page.getAsJsonArray("members");
      assertTrue(members.size() <= limit, "page " + pages + " has " + members.size());
      members.forEach(m -> ids.add(m.getAsJsonObject().get("id").getAsString()));
      cursor = page.getAsJsonObject("response_metadata").get("next_cursor").getAsString();
      if (cursor.isEmpty()) {
        return ids;
      }
      assertTrue(pages < 10_000, "the cursors never end");
    }
  }

  /** The ids of SCIM {@code /Users}, every page of {@code count}. */
  public List<String> scimUserIds(String token, int count) throws IOException, SCIM2ApiException {
    List<String> ids = new ArrayList<>();
    int total;
    do {
      int start = ids.size() + 1;
      var page = scim().searchUsers(r -> r.token(token).startIndex(start).count(count));
      assertTrue(!page.getResources().isEmpty() || page.getTotalResults() < start, "an empty page before the end");
      page.getResources().forEach(u -> ids.add(u.getId()));
      total = page.getTotalResults();
    } while (ids.size() < total);
    return ids;
  }

  public JsonObject control(String path, String json) {
    return json(post("/sandbox/control/" + path, "application/json", json));
  }

  public JsonObject controlGet(String path) {
    return json(send(HttpRequest.newBuilder(URI.create(base + "/sandbox/control/" + path)).GET().build()));
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Map<String, String> query(String url) {
    String query = URI.create(url).getRawQuery();
    return Arrays.stream(query == null ? new String[0] : query.split("&")).map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8)
            : ""));
  }

  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static HtmlPage click(HtmlForm form, String buttonValueOrTag) {
    try {
      var button = "button".equals(buttonValueOrTag)
          ? form.getOneHtmlElementByAttribute("button", "type", "submit")
          : form.getOneHtmlElementByAttribute("button", "value", buttonValueOrTag);
      return ((org.htmlunit.html.HtmlElement) button).click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
