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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product spec's own path, from the card: "When you first add a Slack Admin card ... you are prompted to create
 * a connection": the Action cards page, a card that asks which connection to use or leads into New Connection,
 * and back to the card after Authorize with the new connection chosen and the inputs kept.
 */
public abstract class CardFirstScenarios extends FreshServer {

  final SandboxControl sandbox = new SandboxControl(base);
  Browser admin;

  @BeforeEach
  void adminSignedIn() {
    admin = ConsolePages.adminSignedIn(base);
  }

  @AfterEach
  void closeBrowser() {
    admin.close();
  }

  @Test
  void withNoConnectionACardLeadsIntoNewConnectionAndBackToItWithTheInputsKept() {
    HtmlPage catalogue = admin.open("/app/cards");
    assertNotNull(catalogue.getElementById("no-connection"), catalogue.asNormalizedText());
    HtmlPage card = click(catalogue.getAnchorByText("Deactivate User"));
    assertTrue(card.getUrl().getPath().endsWith("/app/cards/deactivate-user"), card.getUrl().toString());
    assertNotNull(card.getElementById("no-connection"), "the card says there is no connection");
    assertNull(card.getElementById("connection"), "nothing to choose from");

    HtmlForm form = formWithAction(card, "/app/cards/deactivate-user");
    form.getInputByName("userId").setValue("U01PLUSME02");
    HtmlPage newConnection = press(form, "new-connection");
    assertTrue(newConnection.getUrl().getPath().endsWith("/app/connections/new"), newConnection.getUrl().toString());

    HtmlForm create = formWithAction(newConnection, "/app/connections");
    create.getInputByName("nickname").setValue("Acme from a card");
    HtmlPage back = authorizeAs(submit(create), "admin@plus.example", null, true);

    long id = TestDatabase.queryLong("SELECT id FROM slack_connection WHERE nickname = ?", "Acme from a card");
    assertTrue(back.getUrl().getPath().endsWith("/app/cards/deactivate-user"), back.getUrl().toString());
    assertTrue(back.asNormalizedText().contains("Connection \"Acme from a card\" is ready"), back.asNormalizedText());
    HtmlForm again = formWithAction(back, "/app/cards/deactivate-user");
    assertEquals("U01PLUSME02", again.getInputByName("userId").getValue(), "the typed input is kept");
    assertEquals(List.of(String.valueOf(id)), selected(again.getSelectByName("connection")),
        "the new connection is chosen");

    HtmlPage asked = submit(again);
    assertNull(asked.getElementById("card-output"), "nothing ran before the confirmation");
    String confirm = asked.getElementById("card-confirm").asNormalizedText();
    assertTrue(confirm.contains("Max Member (member2@plus.example)") && confirm.contains("Acme Plus")
        && confirm.contains("admin@plus.example"), confirm);
    assertEquals(0, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'deactivate-user'"));

    HtmlPage ran = press(formWithAction(asked, "/app/cards/deactivate-user"), "confirm");
    assertNotNull(ran.getElementById("card-output"), ran.asNormalizedText());
    assertEquals("Deactivated Max Member (member2@plus.example) in Acme Plus.",
        ran.getElementById("card-summary").asNormalizedText());
    assertTrue(ran.getElementById("output-json").getTextContent().contains("\"active\": false"),
        ran.getElementById("output-json").getTextContent());
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ?"
        + " AND action = 'deactivate-user' AND outcome = 'ok' AND target = 'U01PLUSME02'", id));
  }

  @Test
  void aRefusedAuthorizationFromACardKeepsTheWayBackAndTheInputs() {
    HtmlForm form = formWithAction(admin.open("/app/cards/read-user"), "/app/cards/read-user");
    form.getInputByName("userId").setValue("U01PLUSME01");
    HtmlForm create = formWithAction(press(form, "new-connection"), "/app/connections");
    create.getInputByName("nickname").setValue("Pro try");

    HtmlPage refused = authorizeAs(submit(create), "owner@pro.example", null, true);
    assertTrue(refused.getUrl().getPath().endsWith("/app/connections/new"), refused.getUrl().toString());
    assertTrue(refused.asNormalizedText().contains("on the Pro plan"), refused.asNormalizedText());
    assertEquals(0, TestDatabase.count("slack_connection"));
    HtmlForm retry = formWithAction(refused, "/app/connections");
    assertEquals("Pro try", retry.getInputByName("nickname").getValue());
    assertTrue(retry.getInputByName("next").getValue().startsWith("/cards/read-user?draft="), "the way back is kept");

    retry.getInputByName("nickname").setValue("Plus at last");
    HtmlPage back = authorizeAs(submit(retry), "owner@plus.example", null, true);
    assertTrue(back.getUrl().getPath().endsWith("/app/cards/read-user"), back.getUrl().toString());
    assertEquals("U01PLUSME01", formWithAction(back, "/app/cards/read-user").getInputByName("userId").getValue());

    HtmlPage goneBack = click(admin.open("/app/cards/read-user").getAnchorByText("All action cards"));
    assertTrue(goneBack.getUrl().getPath().endsWith("/app/cards"));
  }

  @Test
  void theCardOffersTheConnectionsOneMayUseAndSaysWhyNotTheOthers() {
    long acme = connect("Acme", "admin@plus.example", null);
    long globex = connect("Globex", "owner@grid.example", "the whole organisation");
    sandbox.setRole("admin@plus.example", "member");
    submit(formWithAction(admin.open("/app/connections/" + acme), "/test"));
    assertEquals("PERMISSION_LOST", TestDatabase.queryString("SELECT status FROM slack_connection WHERE id = ?", acme));

    HtmlPage card = admin.open("/app/cards/read-user");
    HtmlSelect chooser = formWithAction(card, "/app/cards/read-user").getSelectByName("connection");
    List<String> offered = chooser.getOptions().stream().map(HtmlOption::getValueAttribute).toList();
    assertEquals(List.of(String.valueOf(globex)), offered, "only the usable one, chosen as it is the only one");
    String unusable = card.getElementById("unusable").asNormalizedText();
    assertTrue(unusable.contains("Acme") && unusable.contains("Permission lost"), unusable);

    sandbox.setRole("admin@plus.example", "admin");
    submit(formWithAction(admin.open("/app/connections/" + acme), "/test"));
    HtmlForm form = formWithAction(admin.open("/app/cards/read-user"), "/app/cards/read-user");
    form.getInputByName("userId").setValue("W04MEMBER01");
    HtmlPage unchosen = submit(form);
    assertEquals(400, unchosen.getWebResponse().getStatusCode());
    assertEquals("Choose the connection to run the card with.",
        unchosen.getElementById("connection-error").asNormalizedText());
    HtmlForm kept = formWithAction(unchosen, "/app/cards/read-user");
    assertEquals("W04MEMBER01", kept.getInputByName("userId").getValue(), "the input is kept");

    kept.getSelectByName("connection").setSelectedAttribute(String.valueOf(globex), true);
    HtmlPage ran = submit(kept);
    assertTrue(ran.getElementById("output-json").asNormalizedText().contains("W04MEMBER01"), ran.asNormalizedText());
  }

  /** The refusal and the list of connections under it tell the same status: the one the refusal just stored. */
  @Test
  void afterARunRefusedForALostRoleTheCardNoLongerOffersTheConnectionAsActive() {
    long acme = connect("Acme", "admin@plus.example", null);
    sandbox.setRole("admin@plus.example", "member");
    HtmlForm form = formWithAction(admin.open("/app/cards/read-user"), "/app/cards/read-user");
    assertEquals(List.of(String.valueOf(acme)), selected(form.getSelectByName("connection")), "Active before the run");
    form.getInputByName("userId").setValue("U01PLUSME01");
    HtmlPage refused = submit(form);

    String error = refused.getElementById("card-error").asNormalizedText();
    assertTrue(error.contains("permission_lost") || error.contains("Member"), error);
    assertTrue(refused.getElementsByName("connection").stream().noneMatch(e -> e instanceof HtmlSelect),
        "no connection is offered to run with: " + refused.asNormalizedText());
    String unusable = refused.getElementById("unusable").asNormalizedText();
    assertTrue(unusable.contains("Acme") && unusable.contains("Permission lost"), unusable);
    assertTrue(!refused.asNormalizedText().contains("· Active"), refused.asNormalizedText());
  }

  @Test
  void aRunRefusedByTheRulesSaysSoOnTheCard() {
    long acme = connect("Acme", "admin@plus.example", null);
    HtmlForm form = formWithAction(admin.open("/app/cards/deactivate-user"), "/app/cards/deactivate-user");
    form.getInputByName("userId").setValue("U01PLUSOW01");
    HtmlPage refused = submit(form);
    assertNull(refused.getElementById("card-confirm"), "no confirmation of a change the rules refuse");
    String error = refused.getElementById("card-error").asNormalizedText();
    assertTrue(error.startsWith("Not allowed: the account ranks above the connection's."), error);
    assertTrue(error.contains("target_outranks_connection"), "the code, small, for support: " + error);
    assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ?"
        + " AND outcome = 'target_outranks_connection'", acme));
  }

  @Test
  void aViewerSeesTheCardsButIsOfferedNoRunAndNoNewConnection() {
    addTeammate(admin, "vera", "Vera Viewer", "VIEWER");
    try (Browser vera = new Browser(base)) {
      signIn(vera, "vera", PASSWORD);
      assertTrue(vera.open("/app/cards").asNormalizedText().contains("cannot run one"));
      HtmlPage card = vera.open("/app/cards/read-user");
      assertTrue(card.asNormalizedText().contains("A VIEWER cannot run action cards"), card.asNormalizedText());
      assertTrue(card.getForms().stream().noneMatch(f -> f.getActionAttribute().endsWith("/app/cards/read-user")));
    }
  }

  @Test
  void newConnectionReturnsOnlyToPagesOfTheConsole() {
    for (String elsewhere : List.of("https://evil.example/", "//evil.example/cards", "/cards/../signout")) {
      HtmlForm form = formWithAction(admin.open("/app/connections/new?next=" + elsewhere), "/app/connections");
      assertTrue(form.getInputsByName("next").isEmpty(), elsewhere + " is not kept");
    }
    HtmlPage landed = authorizeAs(create(admin, "Plain"), "admin@plus.example", null, true);
    assertTrue(landed.getUrl().getPath().matches(".*/app/connections/\\d+"), landed.getUrl().toString());
    assertEquals(404, admin.get("/app/cards/no-such-card").getWebResponse().getStatusCode());
  }

  @Test
  void theJsonApiListsTheCardsWithTheirInputs() {
    ApiClient api = new ApiClient(base, createApiToken(admin, "catalogue"));
    ApiClient.Response cards = api.get("/api/cards");
    assertEquals(200, cards.status(), cards.toString());
    JsonObject deactivate = cards.json().getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
        .filter(card -> card.get("name").getAsString().equals("deactivate-user")).findFirst().orElseThrow();
    assertTrue(deactivate.get("changesAccount").getAsBoolean());
    JsonObject userId = deactivate.getAsJsonArray("inputs").get(0).getAsJsonObject();
    assertEquals("userId", userId.get("name").getAsString());
    assertTrue(userId.get("required").getAsBoolean());
    assertEquals(11, cards.json().getAsJsonArray().size(), "every card");
  }

  private long connect(String nickname, String email, String install) {
    HtmlPage landed = authorizeAs(create(admin, nickname), email, install, true);
    String path = landed.getUrl().getPath();
    assertTrue(path.matches(".*/app/connections/\\d+"), path + "\n" + landed.asNormalizedText());
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  private static List<String> selected(HtmlSelect select) {
    return select.getSelectedOptions().stream().map(HtmlOption::getValueAttribute).toList();
  }

  private static HtmlPage press(HtmlForm form, String intent) {
    HtmlButton button = form.getFirstByXPath(".//button[@name='intent' and @value='" + intent + "']");
    return click(button);
  }

  private static HtmlPage click(org.htmlunit.html.HtmlElement element) {
    try {
      return element.click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
