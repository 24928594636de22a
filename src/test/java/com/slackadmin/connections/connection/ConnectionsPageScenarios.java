package com.slackadmin.connections.connection;

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

import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The Connections page: empty state, paging, sorting, filtering, and only one's own connections; a
 * connection's uses read the same in "Last used", the 30-day counts and the charts of its activity.
 */
public abstract class ConnectionsPageScenarios extends FreshServer {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  @Test
  void anEmptyListExplainsWhatAConnectionIsAndOffersNewConnection() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage page = admin.open("/app/connections");
      assertTrue(page.asNormalizedText().contains("No connections yet"));
      assertTrue(page.asNormalizedText().contains("Business+"));
      assertTrue(page.getAnchorByText("New Connection").getHrefAttribute().endsWith("/app/connections/new"));
    }
  }

  /** Past 10,000 connections the page does not count them all: it says "more than", and paging goes on. */
  @Test
  void pastTenThousandConnectionsThePageSaysMoreThanAndStillPages() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      TestDatabase.insertConnections(TestDatabase.userId("admin"), 1, 10_001, i -> String.format("Many %05d", i),
          i -> null);

      HtmlPage first = admin.open("/app/connections");
      assertTrue(first.asNormalizedText().contains("More than 10,000 connections, page 1"), first.asNormalizedText());
      assertEquals("Many 00001", nicknames(first).get(0));
      assertTrue(first.getAnchorByText("Next page").getHrefAttribute().contains("page=2"));

      HtmlPage last = admin.open("/app/connections?page=201");
      assertEquals(List.of("Many 10001"), nicknames(last));
      assertTrue(last.getAnchors().stream().noneMatch(a -> a.asNormalizedText().equals("Next page")));
      assertTrue(last.getAnchorByText("Previous page").getHrefAttribute().contains("page=200"));

      HtmlPage past = admin.open("/app/connections?page=202");
      assertTrue(past.asNormalizedText().contains("This page is past the last one"), past.asNormalizedText());
      assertTrue(past.getAnchorByText("go to the first page").getHrefAttribute().endsWith("/app/connections?view=mine"
          + "&sort=nickname&status="));

      HtmlPage lost = admin.open("/app/connections?status=PERMISSION_LOST");
      assertTrue(lost.asNormalizedText().contains("No connection has this status."),
          "a view under the bound is counted");
    }
  }

  @Test
  void oneHundredTwentyConnectionsArePagedAndSortedAndOthersAreNotShown() {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser other = new Browser(base)) {
      addTeammate(admin, "olga", "Olga Other", "BUILDER");
      long adminId = TestDatabase.userId("admin");
      for (int i = 1; i <= 120; i++) {
        // last use grows with the number, so "last used" order is the reverse of nickname order
        TestDatabase.insertConnection(adminId, String.format("Conn %03d", i),
            i % 10 == 0 ? "PERMISSION_LOST" : "ACTIVE",
            Instant.parse("2026-06-01T00:00:00Z").plusSeconds(i * 60L));
      }
      TestDatabase.insertConnection(TestDatabase.userId("olga"), "Olga's secret org", "ACTIVE", null);

      HtmlPage first = admin.open("/app/connections");
      List<String> names = nicknames(first);
      assertEquals(50, names.size());
      assertEquals("Conn 001", names.get(0));
      assertEquals("Conn 050", names.get(49));
      assertTrue(first.asNormalizedText().contains("120 connections, page 1 of 3"));
      assertFalse(first.asNormalizedText().contains("Olga's secret org"), "another user's connection");

      List<String> third = nicknames(admin.open("/app/connections?page=3"));
      assertEquals(20, third.size());
      assertEquals("Conn 101", third.get(0));
      assertEquals("Conn 120", third.get(19));

      List<String> byLastUse = nicknames(admin.open("/app/connections?sort=lastUsed"));
      assertEquals("Conn 120", byLastUse.get(0));
      assertEquals("Conn 071", byLastUse.get(49));
      // every order and view pages exactly, never-used connections last by last use
      List<String> byLastUseLast = nicknames(admin.open("/app/connections?sort=lastUsed&page=3"));
      assertEquals(20, byLastUseLast.size());
      assertEquals("Conn 020", byLastUseLast.get(0));
      assertEquals("Conn 001", byLastUseLast.get(19));
      List<String> middle = nicknames(admin.open("/app/connections?page=2"));
      assertEquals("Conn 051", middle.get(0));
      assertEquals("Conn 100", middle.get(49));
      // all 121, the never-used connection last by last use and after "Conn 120" by nickname
      List<String> allByLastUse = nicknames(admin.open("/app/connections?view=all&sort=lastUsed&page=3"));
      assertEquals(21, allByLastUse.size());
      assertEquals("Conn 020", allByLastUse.get(0));
      assertEquals("Olga's secret org", allByLastUse.get(20));
      List<String> allLast = nicknames(admin.open("/app/connections?view=all&page=3"));
      assertEquals(List.of("Conn 101", "Olga's secret org"),
          List.of(allLast.get(0), allLast.get(20)));

      HtmlPage lost = admin.open("/app/connections?status=PERMISSION_LOST");
      assertEquals(12, nicknames(lost).size());
      assertTrue(nicknames(lost).stream().allMatch(n -> n.endsWith("0")), nicknames(lost).toString());

      signIn(other, "olga", PASSWORD);
      List<String> olgas = nicknames(other.open("/app/connections"));
      assertEquals(List.of("Olga's secret org"), olgas);
    }
  }

  @Test
  void aSummaryAboveTheTableCountsWhatNeedsAttentionInTheViewAndLinksToIt() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      long adminId = TestDatabase.userId("admin");
      TestDatabase.insertConnection(adminId, "Fine", "ACTIVE", null);
      HtmlPage allFine = admin.open("/app/connections");
      assertEquals("Every connection in this view is active.",
          allFine.getElementById("attention-summary").asNormalizedText());

      TestDatabase.insertConnection(adminId, "Lost one", "PERMISSION_LOST", null);
      TestDatabase.insertConnection(adminId, "Lost two", "PERMISSION_LOST", null);
      TestDatabase.insertConnection(adminId, "Revoked", "REAUTHORIZATION_REQUIRED", null);
      HtmlPage page = admin.open("/app/connections");
      String summary = page.getElementById("attention-summary").asNormalizedText();
      assertTrue(summary.contains("2 Permission lost") && summary.contains("1 Reauthorization required"), summary);
      assertTrue(summary.contains("then Test the connection") && summary.contains("reauthorizes it"), summary);

      HtmlPage lost = page.getAnchorByText("2 Permission lost").click();
      assertEquals(List.of("Lost one", "Lost two"), nicknames(lost));
      assertTrue(admin.open("/app/connections?view=shared").asNormalizedText().contains("Nothing shared with you"),
          "the summary counts the view shown");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aNicknameWithMarkupIsShownAsText() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      TestDatabase.insertConnection(TestDatabase.userId("admin"), "<script>alert(1)</script>", "ACTIVE", null);
      HtmlPage page = admin.open("/app/connections");
      assertFalse(page.getWebResponse().getContentAsString().contains("<script>alert(1)</script>"));
      assertEquals(List.of("<script>alert(1)</script>"), nicknames(page));
    }
  }

  @Test
  void aRefusedAndAnOkUseReadTheSameInLastUsedTheCountsAndTheChartsAndRefusedInputsAreNoUse() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      SandboxControl sandbox = new SandboxControl(base);
      ApiClient api = new ApiClient(base, createApiToken(admin, "activity"));
      long id = connect(admin, "Acme Plus");
      assertEquals("Last used: never", activity(admin, "last-use"), "a new connection was never used");

      assertEquals(200, api.post("/api/connections/" + id + "/test", null).status());
      assertEquals(422, api.post("/api/connections/" + id + "/cards/read-user", "{}").status(), "no user id");
      sandbox.setRole("admin@plus.example", "member");
      assertEquals("PERMISSION_LOST",
          api.post("/api/connections/" + id + "/test", null).object().get("status").getAsString());
      // a failed use two days ago, and a lifecycle event, as the audit trail keeps them
      Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
      TestDatabase.insertAuditEntry(id, "admin", "search-users", "slack_unavailable", twoDaysAgo);
      TestDatabase.insertAuditEntry(id, "admin", "renamed", "ok", twoDaysAgo);
      assertEquals(1, TestDatabase.queryLong("SELECT COUNT(*) FROM audit_entry WHERE connection_id = ?"
          + " AND outcome = 'validation_failed'", id), "the refused inputs are in the audit trail");

      String today = DAY.format(LocalDate.now(ZoneOffset.UTC));
      String counts = "3 uses (1 ok, 1 refused, 1 failed)";
      String lastUse = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC by admin, refused: The connection's Slack account is no"
          + " longer an Owner or Admin";
      assertTrue(activity(admin, "last-use").matches("Last used: " + lastUse), activity(admin, "last-use"));
      assertEquals("3 uses in 30 days (1 ok, 1 refused, 1 failed)", activity(admin, "uses"));
      HtmlPage list = admin.open("/app/connections");
      DomElement trend = list.querySelector("td.activity svg");
      assertEquals("img", trend.getAttribute("role"));
      assertEquals("Uses per day, 30 days: " + counts + "; busiest day " + today + " with 2",
          list.getElementById(trend.getAttribute("aria-labelledby")).getTextContent());
      assertEquals(List.of("failed", "ok", "refused"), trend.querySelectorAll("rect").stream()
          .map(rect -> ((DomElement) rect).getAttribute("class").replace("use-", "")).toList(),
          "two days ago one failed; today one ok with one refused on top");

      HtmlPage detail = admin.open("/app/connections/" + id);
      String detailLastUse = detail.querySelector("dd.last-use").asNormalizedText();
      assertTrue(detailLastUse.matches(lastUse), detailLastUse);
      DomElement chart = detail.querySelector(".use-chart svg");
      assertEquals("img", chart.getAttribute("role"));
      assertEquals("Uses per day of Acme Plus over the last 30 days, by outcome",
          detail.getElementById("use-chart-title").getTextContent());
      assertEquals("use-chart-title use-chart-summary", chart.getAttribute("aria-labelledby"));
      assertEquals("30 days: " + counts + "; busiest day " + today + " with 2",
          detail.getElementById("use-chart-summary").getTextContent());
      assertEquals(List.of("url(#use-fill-failed)", "url(#use-fill-ok)", "url(#use-fill-refused)"),
          chart.querySelectorAll("rect.use-segment").stream()
              .map(rect -> ((DomElement) rect).getAttribute("fill")).toList());
      // the numbers as a table, folded away (so read as text, not as shown)
      List<DomElement> days = detail.querySelectorAll(".use-table tbody tr").stream().map(DomElement.class::cast)
          .toList();
      assertEquals(30, days.size());
      assertEquals(List.of(today, "1", "1", "0", "2"), days.get(29).querySelectorAll("th, td").stream()
          .map(cell -> cell.getTextContent().trim()).toList());
      assertEquals(List.of("0", "0", "1", "1"), days.get(27).querySelectorAll("td").stream()
          .map(cell -> cell.getTextContent().trim()).toList());

      assertEquals("permission_lost", api.get("/api/connections/" + id).object().get("lastUseOutcome").getAsString());
    }
  }

  /** Search finds by nickname, organisation or account, ignoring case, works as a plain form, and paging keeps it. */
  @Test
  void aSearchFindsByNicknameOrganisationOrAccountAndPagingKeepsIt() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      long adminId = TestDatabase.userId("admin");
      // last use grows with the number, so "last used" order is the reverse of nickname order
      TestDatabase.insertConnections(adminId, 1, 120, i -> String.format("Conn %03d", i),
          i -> Instant.parse("2026-06-01T00:00:00Z").plusSeconds(i * 60L));
      TestDatabase.update("UPDATE slack_connection SET team_name = 'Initech Ltd' WHERE nickname_key LIKE 'conn 0%'");
      TestDatabase.update("UPDATE slack_connection SET slack_user_name = 'Zed Zebra', slack_user_email ="
          + " 'zed@zoo.example' WHERE nickname = 'Conn 120'");

      HtmlPage all = admin.open("/app/connections?sort=lastUsed");
      HtmlForm search = formWithAction(all, "/app/connections");
      search.getInputByName("q").setValue("  INITECH ");
      HtmlPage found = submit(search);
      assertTrue(found.getUrl().getQuery().contains("INITECH"), "the search is in the address: " + found.getUrl());
      assertTrue(found.asNormalizedText().contains("99 connections, page 1 of 2"), found.asNormalizedText());
      assertEquals("INITECH", formWithAction(found, "/app/connections").getInputByName("q").getValue());
      assertEquals("Conn 099", nicknames(found).get(0), "the order chosen is kept");

      HtmlPage second = click(found.getAnchorByText("Next page"));
      assertEquals(49, nicknames(second).size());
      assertTrue(nicknames(second).stream().allMatch(n -> n.compareTo("Conn 100") < 0), nicknames(second).toString());
      assertEquals("INITECH", formWithAction(second, "/app/connections").getInputByName("q").getValue());
      assertTrue(second.getAnchorByText("Previous page").getHrefAttribute().contains("sort=lastUsed"));

      assertEquals(List.of("Conn 110", "Conn 111", "Conn 112", "Conn 113", "Conn 114", "Conn 115", "Conn 116",
          "Conn 117", "Conn 118", "Conn 119"), nicknames(admin.open("/app/connections?q=cOnN+11")), "by nickname");
      assertEquals(List.of("Conn 120"), nicknames(admin.open("/app/connections?q=zebra")), "by the account's name");
      assertEquals(List.of("Conn 120"), nicknames(admin.open("/app/connections?q=ZOO.example")), "by its email");

      HtmlPage percent = admin.open("/app/connections?q=%25");
      assertEquals(List.of(), nicknames(percent), "% is a character, not a wildcard");
      assertTrue(percent.asNormalizedText().contains("No connection in this view matches “%”"),
          percent.asNormalizedText());
      assertEquals(List.of(), nicknames(admin.open("/app/connections?q=_")), "_ is a character, not a wildcard");
      HtmlPage quote = admin.open("/app/connections?q=%27+or+1%3D1+--");
      assertEquals(200, quote.getWebResponse().getStatusCode());
      assertEquals(List.of(), nicknames(quote));

      TestDatabase.update("UPDATE slack_connection SET status = 'PERMISSION_LOST' WHERE nickname IN ('Conn 005',"
          + " 'Conn 115')");
      assertEquals(List.of("Conn 005"), nicknames(admin.open("/app/connections?q=initech&status=PERMISSION_LOST")),
          "search and status together");
    }
  }

  /**
   * What to do is beside the problem: Test in every row one may test, Reauthorize where the status calls for it,
   * in the row and the summary, for those who may; a Test from the list comes back to the list as it was. Its
   * facts agree: the role is the one Slack reported, last verified stays at the last check that found the
   * connection usable, and a recovery reads as good news in the audit trail.
   */
  @Test
  void testAndReauthorizeAreBesideTheProblemAndTheFactsAgree() throws IOException {
    try (Browser admin = ConsolePages.adminSignedIn(base); Browser bob = new Browser(base)) {
      SandboxControl sandbox = new SandboxControl(base);
      addTeammate(admin, "bob", "Bob Builder", "BUILDER");
      long id = connect(admin, "Acme Plus");
      ConsolePages.shareWith(admin, id, "bob");
      TestDatabase.update("UPDATE slack_connection SET last_verified_at = ? WHERE id = ?",
          Timestamp.from(Instant.parse("2026-01-02T03:04:00Z")), id);

      HtmlPage list = admin.open("/app/connections?q=acme&sort=lastUsed");
      assertEquals(List.of("Test", "Delete", "Audit trail"), actions(row(list, id)), "no Reauthorize while Active");
      assertEquals("Admin", row(list, id).querySelector(".role").asNormalizedText());

      sandbox.setRole("admin@plus.example", "member");
      HtmlPage tested = submit((HtmlForm) row(list, id).querySelector("form[action$='/test']"));
      assertTrue(tested.getUrl().getPath().endsWith("/app/connections"), tested.getUrl().toString());
      assertTrue(tested.getUrl().getQuery().contains("q=acme") && tested.getUrl().getQuery().contains("sort=lastUsed"),
          "back on the list as it was: " + tested.getUrl());
      assertTrue(tested.asNormalizedText().contains("\"Acme Plus\": Slack now reports"), tested.asNormalizedText());
      DomElement row = row(tested, id);
      assertEquals("Permission lost", row.querySelector(".status-label").asNormalizedText());
      assertEquals("Member", row.querySelector(".role").asNormalizedText(), "the role the status speaks of");
      assertTrue(row.querySelector(".reason").asNormalizedText().contains(" as Member;"));
      assertEquals(List.of("Test", "Reauthorize", "Delete", "Audit trail"), actions(row));
      DomElement summary = tested.getElementById("attention-summary");
      assertEquals(2, summary.querySelectorAll("form[action$='/" + id + "/test'], form[action$='/" + id
          + "/reauthorize']").size(), summary.asXml());

      HtmlPage detail = admin.open("/app/connections/" + id);
      assertTrue(detail.asNormalizedText().contains("Member, as Slack reported at the last check"),
          detail.asNormalizedText());
      assertTrue(detail.querySelector("dd.last-verified").asNormalizedText().startsWith("2026-01-02 03:04 UTC"),
          "a check that failed does not move last verified: " + detail.querySelector("dd.last-verified")
              .asNormalizedText());

      signIn(bob, "bob", PASSWORD);
      HtmlPage shared = bob.open("/app/connections?view=shared");
      assertEquals(List.of("Test", "Audit trail"), actions(row(shared, id)), "a sharee may test, not reauthorize");
      assertEquals(1, shared.getElementById("attention-summary").querySelectorAll("form").size(),
          "the summary offers the sharee the same: Test only");

      sandbox.setRole("admin@plus.example", "admin");
      HtmlPage slack = submit((HtmlForm) admin.open("/app/connections").getElementById("attention-summary")
          .querySelector("form[action$='/reauthorize']"));
      HtmlPage back = authorizeAs(slack, "admin@plus.example", null, true);
      assertTrue(back.asNormalizedText().contains("Active"), back.asNormalizedText());
      HtmlPage after = admin.open("/app/connections/" + id);
      assertFalse(after.querySelector("dd.last-verified").asNormalizedText().startsWith("2026-01-02"),
          "a check that found it usable does");
      List<DomElement> changes = after.querySelectorAll("table.audit-trail tbody tr").stream()
          .map(DomElement.class::cast)
          .filter(r -> r.querySelector(".audit-action").asNormalizedText().equals("Status changed")).toList();
      assertTrue(changes.size() >= 1, after.asNormalizedText());
      for (DomElement change : changes) {
        DomElement outcome = change.querySelector(".audit-outcome");
        String expected = outcome.asNormalizedText().startsWith("Active") ? "outcome-ok" : "outcome-failed";
        assertTrue(outcome.getAttribute("class").contains(expected), outcome.asXml());
      }
    }
  }

  /** The activity in words beside the picture, and no empty chart with "0" at both ends of its axis. */
  @Test
  void theActivityIsSaidInWordsAndAnEmptyChartIsAnEmptyState() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      long id = connect(admin, "Quiet");
      HtmlPage list = admin.open("/app/connections");
      assertEquals("No uses in 30 days", row(list, id).querySelector(".uses").asNormalizedText());
      assertEquals("Last used: never", row(list, id).querySelector(".last-use").asNormalizedText());
      assertNull(row(list, id).querySelector("svg"), "no chart of nothing");

      HtmlPage quiet = admin.open("/app/connections/" + id);
      assertEquals("No uses in 30 days", quiet.querySelector(".use-figures").asNormalizedText());
      assertTrue(quiet.getElementById("use-chart-empty").asNormalizedText().startsWith("Nothing was done"));
      assertNull(quiet.querySelector(".use-chart svg"), "no axis from 0 to 0");

      submit(formWithAction(quiet, "/test"));
      HtmlPage used = admin.open("/app/connections/" + id);
      assertEquals("1 use in 30 days (1 ok, 0 refused, 0 failed); the busiest day had 1.",
          used.querySelector(".use-figures").asNormalizedText());
      DomElement chart = used.querySelector(".use-chart svg");
      List<String> axisTitles = chart.querySelectorAll(".use-axis-title").stream()
          .map(t -> t.getTextContent().trim()).toList();
      assertEquals(List.of("Uses a day", "Day (UTC)"), axisTitles);
      assertEquals("0 0 600 166", chart.getAttribute("viewBox"), "room for the axes' titles, as the browser reads it");
      DomElement usedRow = row(admin.open("/app/connections"), id);
      assertEquals("1 use in 30 days (1 ok, 0 refused, 0 failed)", usedRow.querySelector(".uses").asNormalizedText());
      assertEquals("0 0 119 22", ((DomElement) usedRow.querySelector("svg")).getAttribute("viewBox"));
    }
  }

  /** The row of one connection on the Connections page. */
  private static DomElement row(HtmlPage page, long id) {
    return page.<DomElement>querySelectorAll("table.connections tbody tr").stream().map(DomElement.class::cast)
        .filter(r -> r.querySelector("a.nickname") != null
            && ((DomElement) r.querySelector("a.nickname")).getAttribute("href")
                .endsWith("/connections/" + id))
        .findFirst().orElseThrow(() -> new AssertionError("no row of " + id + " in\n" + page.asNormalizedText()));
  }

  /** The actions a row offers, as their words on the screen (without the nickname said to screen readers). */
  private static List<String> actions(DomElement row) {
    return row.querySelectorAll(".row-actions li").stream()
        .map(li -> ((DomElement) li).querySelector("a, button").getFirstChild().getTextContent().trim()).toList();
  }

  private static HtmlPage click(DomElement link) {
    try {
      return link.click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A New Connection through the sandbox, authorised by the Business+ workspace's Admin; answers its id. */
  private static long connect(Browser browser, String nickname) {
    HtmlPage landed = authorizeAs(create(browser, nickname), "admin@plus.example", null, true);
    String path = landed.getUrl().getPath();
    assertTrue(path.matches(".*/app/connections/\\d+"), path + "\n" + landed.asNormalizedText());
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  /** The fact of the first row's Activity cell with this class. */
  private static String activity(Browser browser, String fact) {
    return browser.open("/app/connections").querySelector("td.activity ." + fact).asNormalizedText();
  }

  private static List<String> nicknames(HtmlPage page) {
    return page.<DomElement>querySelectorAll("td.connection a.nickname").stream()
        .map(link -> ((DomElement) link).asNormalizedText())
        .toList();
  }
}
