package com.slackadmin.connections.benchmark;

import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.create;

import com.google.gson.JsonObject;
import com.slackadmin.connections.support.ApiClient;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.Deployments;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The bulk run benchmark, run by {@code ./mvnw verify -Pbenchmark} (in {@link BenchmarksIT}): {@code bulk.rows}
 * (1,000) deactivations as one bulk run, against the sandbox with Slack's published limits on, both the sandbox's
 * and the server's budget {@code it.rateLimitTimeScale} times faster than Slack's; then the same job the naive way,
 * one card run through the JSON API per row in a loop (waiting out each 429's {@code Retry-After}, as a careful
 * script would). Reports the bulk run's SCIM writes a minute as a share of the (scaled) published limit, its
 * failed rows, and how much faster it finished than the loop; to the console and {@code target/benchmark/bulk.md}.
 * Measures only; asserts nothing about time.
 */
public abstract class BulkBenchmark {

  /** Slack's published limit for DELETE /Users/{id}: 180 a minute, bursts of 20. */
  static final int PUBLISHED_PER_MINUTE = 180;
  static final int BURST = 20;

  private final String base = Deployments.localBase();
  private final SandboxControl sandbox = new SandboxControl(base);
  private final double scale = Double.parseDouble(System.getProperty("it.rateLimitTimeScale", "30"));

  @Test
  void aBulkRunAgainstSlacksPublishedLimitAndAgainstALoopOfCardRuns() throws Exception {
    int rows = Integer.getInteger("bulk.rows", 1000);
    TestDatabase.reset();
    fresh(rows);
    Browser admin = ConsolePages.adminSignedIn(base);
    ApiClient api = new ApiClient(base, ConsolePages.createApiToken(admin, "benchmark"));
    long connection = connect(admin, "Acme");
    List<String> ids = IntStream.rangeClosed(1, rows).mapToObj(i -> String.format("U01BK%06d", i)).toList();

    sandbox.clearCalls();
    Instant started = Instant.now();
    ApiClient.Response answer = api.send("POST", "/api/connections/" + connection + "/bulk-runs?card=deactivate-user",
        "text/csv", "userId\n" + String.join("\n", ids) + "\n");
    if (answer.status() != 202) {
      throw new IllegalStateException("The bulk run did not start: " + answer);
    }
    long runId = answer.object().get("id").getAsLong();
    JsonObject run;
    do {
      Thread.sleep(200);
      run = api.get("/api/bulk-runs/" + runId).object();
    } while (!"FINISHED".equals(run.get("state").getAsString()) && !"PAUSED".equals(run.get("state").getAsString()));
    Duration bulkTime = Duration.between(started, Instant.now());
    List<Instant> writes = sandbox.calls().stream()
        .filter(c -> "DELETE".equals(c.get("httpMethod").getAsString()) && c.get("status").getAsInt() < 300)
        .map(c -> Instant.parse(c.get("at").getAsString())).sorted().toList();
    List<JsonObject> limited = sandbox.calls().stream().filter(c -> c.get("status").getAsInt() == 429).toList();
    long throttled = limited.size();
    limited.forEach(call -> System.out.println("429: " + call));
    // the budget lets a burst go at once, then the sustained rate: the writes after the burst show the pace
    double span = Duration.between(writes.get(BURST - 1), writes.get(writes.size() - 1)).toNanos() / 1e9;
    double sustained = (writes.size() - BURST) / span * 60;
    double limit = PUBLISHED_PER_MINUTE * scale;

    fresh(rows);
    connection = connect(admin, "Acme again"); // the sandbox's reset forgot the first one's token
    admin.close();
    Instant loopStarted = Instant.now();
    int loopFailures = 0;
    int loopWaits = 0;
    for (String id : ids) {
      while (true) {
        ApiClient.Response ran = api.post("/api/connections/" + connection + "/cards/deactivate-user",
            "{\"userId\":\"" + id + "\"}");
        if (ran.status() == 429) {
          loopWaits++;
          Thread.sleep(1000L * Long.parseLong(ran.header("Retry-After")));
          continue;
        }
        if (ran.status() != 200) {
          loopFailures++;
        }
        break;
      }
    }
    Duration loopTime = Duration.between(loopStarted, Instant.now());

    String report = String.format(Locale.ROOT, """
        Bulk run of %,d deactivations against Slack's published limit (DELETE /Users/{id}: %d a minute, bursts of
        %d), limits scaled %.0fx in the sandbox and in the server's budget: %,.0f a minute

        | | time | rows a minute | SCIM writes a minute after the burst | share of the limit | failed rows | 429s |
        |---|---|---|---|---|---|---|
        | bulk run | %.1f s | %,.0f | %,.0f | **%.1f %%** | %d | %d |
        | loop of card runs | %.1f s | %,.0f | | | %d | %d waits |

        The bulk run finished **%.1fx** faster than the loop.
        """, rows, PUBLISHED_PER_MINUTE, BURST, scale, limit, bulkTime.toMillis() / 1000.0,
        rows / (bulkTime.toMillis() / 60_000.0), sustained, 100 * sustained / limit,
        run.get("failed").getAsInt(), throttled, loopTime.toMillis() / 1000.0,
        rows / (loopTime.toMillis() / 60_000.0), loopFailures, loopWaits,
        loopTime.toMillis() / (double) bulkTime.toMillis());
    System.out.println(report);
    Path file = Path.of(System.getProperty("it.outputDir", "target"), "benchmark", "bulk.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  private static long connect(Browser admin, String nickname) {
    HtmlPage landed = authorizeAs(create(admin, nickname), "admin@plus.example", null, true);
    String path = landed.getUrl().getPath();
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  /** Every seeded account active again, the limits on at the server's scale, no calls recorded. */
  private void fresh(int rows) {
    sandbox.post("/reset", "{\"seedUsers\":" + rows + "}");
    sandbox.settings("{\"rateLimits\":true,\"rateLimitTimeScale\":" + scale + "}");
  }
}
