package com.slackadmin.connections.connection;

import static com.slackadmin.connections.support.ConsolePages.PASSWORD;
import static com.slackadmin.connections.support.ConsolePages.addTeammate;
import static com.slackadmin.connections.support.ConsolePages.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableCell;
import org.junit.jupiter.api.Test;

/** The Connections page: empty state, paging, sorting, filtering, and only one's own connections. */
public abstract class ConnectionsPageScenarios extends FreshServer {

  @Test
  void anEmptyListExplainsWhatAConnectionIsAndOffersNewConnection() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage page = admin.open("/app/connections");
      assertTrue(page.asNormalizedText().contains("No connections yet"));
      assertTrue(page.asNormalizedText().contains("Business+"));
      assertTrue(page.getAnchorByText("New Connection").getHrefAttribute().endsWith("/app/connections/new"));
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
  void aNicknameWithMarkupIsShownAsText() {
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      TestDatabase.insertConnection(TestDatabase.userId("admin"), "<script>alert(1)</script>", "ACTIVE", null);
      HtmlPage page = admin.open("/app/connections");
      assertFalse(page.getWebResponse().getContentAsString().contains("<script>alert(1)</script>"));
      assertEquals(List.of("<script>alert(1)</script>"), nicknames(page));
    }
  }

  private static List<String> nicknames(HtmlPage page) {
    return page.<HtmlTableCell>querySelectorAll("td.nickname").stream()
        .map(cell -> ((HtmlTableCell) cell).asNormalizedText())
        .toList();
  }
}
