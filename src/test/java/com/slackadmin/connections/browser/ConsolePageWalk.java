package com.slackadmin.connections.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every page a browser may GET from the console and the Slack sandbox, keyed by the path its controller, servlet or
 * {@code web.xml} declares, with the addresses the browser walk opens for it. {@link EveryPageIsWalkedTest} fails
 * when a GET handler is neither here nor in {@link #NOT_PAGES}, so a new page cannot be missed by the walk.
 */
final class ConsolePageWalk {

  /** What the walk's data set up: a connection made through the sandbox, a finished bulk run, the cards. */
  record Seeded(long connection, long bulkRun, List<String> cards, String authorizeQuery, String consentAccount) {}

  /** GET handlers that are no page, and why. */
  static final Map<String, String> NOT_PAGES = Map.of(
      "/app/connections/callback", "Slack's redirect back: stores the connection and redirects to its page",
      "/app/bulk-runs/{id}/rows.csv", "the rows as a CSV download",
      "/sandbox/manage/*", "answers 405: the sandbox control page's forms post there",
      "/sandbox/api/*", "the sandbox's Slack Web API (JSON)",
      "/sandbox/scim/v2/*", "the sandbox's SCIM API (JSON)",
      "/sandbox/control/*", "the sandbox's control API (JSON)");

  private ConsolePageWalk() {}

  /** The addresses of each page, in the order the walk opens them. */
  static Map<String, List<String>> pages(Seeded s) {
    String connection = "/app/connections/" + s.connection();
    String run = "/app/bulk-runs/" + s.bulkRun();
    String authorize = "/sandbox/oauth/v2/authorize?" + s.authorizeQuery();
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put("/app/connections", List.of("/app/connections?view=mine", "/app/connections?view=shared",
        "/app/connections?view=all&sort=lastUse"));
    pages.put("/app/connections/{id}", List.of(connection));
    pages.put("/app/connections/{id}/audit", List.of(connection + "/audit"));
    pages.put("/app/connections/new", List.of("/app/connections/new"));
    pages.put("/app/connections/{id}/delete", List.of(connection + "/delete"));
    pages.put("/app/cards", List.of("/app/cards"));
    List<String> chooseCards = new ArrayList<>();
    List<String> connectionCards = new ArrayList<>();
    for (String card : s.cards()) {
      chooseCards.add("/app/cards/" + card);
      connectionCards.add(connection + "/cards/" + card);
    }
    pages.put("/app/cards/{card}", chooseCards);
    pages.put("/app/connections/{id}/cards/{card}", connectionCards);
    pages.put("/app/bulk-runs", List.of("/app/bulk-runs"));
    pages.put("/app/bulk-runs/new", List.of("/app/bulk-runs/new?connection=" + s.connection()));
    pages.put("/app/bulk-runs/{id}", List.of(run, run + "?state=REFUSED"));
    pages.put("/app/notifications", List.of("/app/notifications"));
    pages.put("/app/webhooks", List.of("/app/webhooks"));
    pages.put("/app/profile", List.of("/app/profile"));
    pages.put("/app/tokens", List.of("/app/tokens"));
    pages.put("/app/teammates", List.of("/app/teammates"));
    pages.put("/app/signout", List.of("/app/signout"));
    pages.put("/privacy", List.of("/privacy"));
    pages.put("/error", List.of("/app/no-such-page"));
    pages.put("/sandbox", List.of("/sandbox"));
    pages.put("/sandbox/", List.of("/sandbox/"));
    pages.put("/sandbox/oauth/*", List.of(authorize + "&add_account=1", authorize,
        authorize + "&account=" + s.consentAccount(), "/sandbox/oauth/v2/authorize?client_id=no-such-app"));
    return pages;
  }

  /** Pages only someone signed out sees: the walk opens them before the first ADMIN is set up. */
  static Map<String, List<String>> signedOutPages() {
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put("/app/setup", List.of("/app/setup"));
    pages.put("/app/signin", List.of("/app/signin"));
    return pages;
  }
}
