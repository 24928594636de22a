package com.slackadmin.connections.bulk;

import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.PayaraLaunch;
import com.slackadmin.connections.support.SandboxControl;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A bulk run survives its server being killed mid-run (SIGKILL: no shutdown runs) and started again: it goes
 * on by itself where it stopped, and no row's change reaches Slack twice. Slack here is the sandbox of a second
 * server, which stays up, so that its record of calls spans the crash; the server under test is configured for it
 * as for real Slack ({@code SLACK_*} URLs and credentials). Both are launched as users launch them.
 */
class BulkRunRestartIT {

  static final int ROWS = 300;
  /** Slack's limits 3x faster: the 300 deactivations take about 30 s, time enough to kill the server midway. */
  static final int SCALE = 3;
  static final String KEY = System.getProperty("it.encryptionKey");

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aRunGoesOnAfterItsServerIsKilledAndNoRowReachesSlackTwice() throws Exception {
    Path war = Path.of(System.getProperty("it.war"));
    Path work = Path.of(System.getProperty("it.outputDir", "target"), "bulk-restart");
    deleteRecursively(work);
    int serverPort = PayaraLaunch.freePort();
    String server = "http://localhost:" + serverPort;

    try (PayaraLaunch slack = PayaraLaunch.start(war, List.of("-Xmx384m"), work.resolve("slack"),
        Map.of("DATA_DIR", work.resolve("slack/data").toString(),
            "DATABASE_URL", "jdbc:h2:file:" + work.resolve("slack/data/connections"),
            "CONNECTIONS_ENCRYPTION_KEY", KEY,
            // the sandbox accepts redirect URIs under its PUBLIC_URL: the server under test's
            "PUBLIC_URL", server))) {
      slack.awaitFirstOk(http, "/privacy");
      // another host name than the server under test's, as Slack's is: on one host both sessions' cookies would
      // be one (cookies do not tell ports apart)
      String slackBase = slack.base.replace("localhost", "127.0.0.1");
      SandboxControl sandbox = new SandboxControl(slackBase);
      sandbox.post("/reset", "{\"seedUsers\":" + ROWS + "}");
      sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + SCALE + "}");

      Map<String, String> env = new HashMap<>();
      env.put("DATA_DIR", work.resolve("app/data").toString());
      env.put("DATABASE_URL", "jdbc:h2:file:" + work.resolve("app/data/connections"));
      env.put("CONNECTIONS_ENCRYPTION_KEY", KEY);
      env.put("PUBLIC_URL", server);
      env.putAll(PayaraLaunch.slackAt(slackBase, SCALE));

      PayaraLaunch app = PayaraLaunch.start(war, List.of("-Xmx384m"), work.resolve("app"), env, serverPort);
      long runId;
      ApiClient api;
      try {
        app.awaitFirstOk(http, "/privacy");
        try (Browser admin = ConsolePages.adminSignedIn(server)) {
          HtmlPage landed = authorizeAs(create(admin, "Acme"), "admin@plus.example", null, true);
          assertTrue(landed.getUrl().getPath().matches(".*/app/connections/\\d+"), landed.asNormalizedText());
          long connection = Long.parseLong(landed.getUrl().getPath().replaceAll(".*/", ""));
          api = new ApiClient(server, ConsolePages.createApiToken(admin, "restart test"));
          String csv = IntStream.rangeClosed(1, ROWS).mapToObj(i -> String.format("U01BK%06d", i))
              .collect(Collectors.joining("\n", "userId\n", "\n"));
          ApiClient.Response started = api.send("POST", "/api/connections/" + connection
              + "/bulk-runs?card=deactivate-user", "text/csv", csv);
          assertEquals(202, started.status(), started.toString());
          runId = started.object().get("id").getAsLong();
        }
        waitFor(api, runId, r -> r.get("done").getAsInt() >= 60);
      } finally {
        app.kill();
      }
      long doneBeforeTheCrash = deletes(sandbox).size();
      assertTrue(doneBeforeTheCrash < ROWS, "killed mid-run: " + doneBeforeTheCrash);

      try (PayaraLaunch again = PayaraLaunch.start(war, List.of("-Xmx384m"), work.resolve("app-again"), env,
          serverPort)) {
        again.awaitFirstOk(http, "/privacy");
        JsonObject finished = waitFor(api, runId, r -> "FINISHED".equals(r.get("state").getAsString()));
        // What the person sees: the run went on by itself and finished every row. Whether the restarted server
        // took it at start or at a later tick (its earlier process's lease had not run out) is not theirs to see.
        assertEquals(ROWS, finished.get("done").getAsInt(), finished.toString());
      }
      Map<String, Long> deletes = deletes(sandbox);
      assertEquals(ROWS, deletes.size(), "every account deactivated");
      assertTrue(deletes.values().stream().allMatch(n -> n == 1), "no row's call twice: " + deletes.entrySet()
          .stream().filter(e -> e.getValue() > 1).toList());
    }
  }

  /** DELETE /Users calls Slack carried out, by path (not those it refused before acting: 429, 401, 403). */
  private static Map<String, Long> deletes(SandboxControl sandbox) {
    return sandbox.calls().stream()
        .filter(c -> "scim".equals(c.get("api").getAsString()) && "DELETE".equals(c.get("httpMethod").getAsString())
            && List.of(429, 401, 403).stream().noneMatch(s -> s == c.get("status").getAsInt()))
        .collect(Collectors.groupingBy(c -> c.get("name").getAsString(), Collectors.counting()));
  }

  private static JsonObject waitFor(ApiClient api, long runId, Predicate<JsonObject> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    JsonObject now = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        ApiClient.Response answer = api.get("/api/bulk-runs/" + runId);
        if (answer.status() == 200) {
          now = answer.object();
          if (condition.test(now)) {
            return now;
          }
        }
      } catch (RuntimeException notUpYet) {
        // the server is starting again
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The run never got there: " + now);
  }

  private static void deleteRecursively(Path folder) throws java.io.IOException {
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
