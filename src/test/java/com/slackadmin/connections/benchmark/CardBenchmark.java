package com.slackadmin.connections.benchmark;

import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.callbackUrlAfterAuthorizing;
import static com.slackadmin.connections.support.SlackPages.create;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.Deployments;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The card run benchmark, run by {@code ./mvnw verify -Pbenchmark} (in {@link BenchmarksIT}): a card run through
 * the JSON API against the bare Slack calls it needs, made directly by a script with a token of the same Slack
 * account, to the same sandbox in the same server: {@code users.info} (the retention check) and the card's SCIM
 * request. One client, keep-alive, the two alternating request by request, so both see the same machine. Reports
 * per card the p50 of each and their ratio, median [min-max] of the rounds, to the console and
 * {@code target/benchmark/cards.md}. Measures only; asserts nothing about time. {@code -Dcards.rounds},
 * {@code -Dcards.runs} (per round) change the run.
 */
public abstract class CardBenchmark {

  private static final String AUTHORISER = "U01PLUSAD01";
  private static final String TARGET = "U01PLUSME01";

  private final String base = Deployments.localBase();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** A card, its inputs, and the SCIM request it makes after {@code users.info}. */
  record Case(String card, String inputs, String scimPath) {}

  @Test
  void cardRunsAgainstTheBareSlackCalls() throws Exception {
    int rounds = Integer.getInteger("cards.rounds", 5);
    int runs = Integer.getInteger("cards.runs", 200);
    TestDatabase.reset();
    new SandboxControl(base).reset();
    long connection;
    String apiToken;
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      HtmlPage landed = authorizeAs(create(admin, "Acme"), "admin@plus.example", null, true);
      String path = landed.getUrl().getPath();
      connection = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
      apiToken = ConsolePages.createApiToken(admin, "benchmark");
    }
    String slackToken = slackTokenOf("admin@plus.example");

    List<Case> cases = List.of(
        new Case("read-user", "{\"userId\":\"" + TARGET + "\"}", "Users/" + TARGET),
        new Case("search-users", "{\"count\":10}", "Users?startIndex=1&count=10"));
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "Card runs against the bare Slack calls, one client, %d rounds of %d each, alternating (median [min-max])%n%n",
        rounds, runs));
    report.append("| card | card run p50 ms | bare calls p50 ms | ratio |\n|---|---|---|---|\n");
    for (Case measured : cases) {
      List<Double> cardP50 = new ArrayList<>();
      List<Double> bareP50 = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      alternate(measured, connection, apiToken, slackToken, runs / 4); // warm-up
      for (int round = 0; round < rounds; round++) {
        double[] p50 = alternate(measured, connection, apiToken, slackToken, runs);
        cardP50.add(p50[0]);
        bareP50.add(p50[1]);
        ratios.add(p50[0] / p50[1]);
      }
      report.append(String.format(Locale.ROOT, "| %s | %s | %s | **%s** |%n", measured.card(), spread(cardP50, "%.2f"),
          spread(bareP50, "%.2f"), spread(ratios, "%.2fx")));
    }
    System.out.println(report);
    Path file = Path.of(System.getProperty("it.outputDir", "target"), "benchmark", "cards.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  /** {@code runs} card runs and {@code runs} bare call pairs, alternating; answers both p50s in ms. */
  private double[] alternate(Case measured, long connection, String apiToken, String slackToken, int runs)
      throws IOException, InterruptedException {
    List<Long> card = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    HttpRequest cardRun = HttpRequest.newBuilder(
        URI.create(base + "/api/connections/" + connection + "/cards/" + measured.card()))
        .header("Authorization", "Bearer " + apiToken).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(measured.inputs())).build();
    HttpRequest usersInfo = HttpRequest.newBuilder(URI.create(base + "/sandbox/api/users.info"))
        .header("Authorization", "Bearer " + slackToken)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("user=" + AUTHORISER)).build();
    HttpRequest scim = HttpRequest.newBuilder(URI.create(base + "/sandbox/scim/v2/" + measured.scimPath()))
        .header("Authorization", "Bearer " + slackToken).header("Accept", "application/json").GET().build();
    long next = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      next = paced(next);
      long started = System.nanoTime();
      send(cardRun);
      card.add(System.nanoTime() - started);
      started = System.nanoTime();
      send(usersInfo);
      send(scim);
      bare.add(System.nanoTime() - started);
    }
    return new double[] {p50(card), p50(bare)};
  }

  /**
   * Card runs take their SCIM calls from the org's budget, which keeps to Slack's published limits: a loop faster
   * than {@code GET /Users/{id}}'s 300 a minute (at the server's time scale) would measure the budget's waits,
   * as Slack itself would answer 429s. Each run starts no sooner than 80 % of that limit allows; the bare calls
   * are not paced by anything, and neither run's time includes the pause.
   *
   * @return when the next run may start
   */
  private static long paced(long next) throws InterruptedException {
    double scale = Double.parseDouble(System.getProperty("it.rateLimitTimeScale", "1"));
    long interval = (long) (60e9 / (300 * scale * 0.8));
    long wait = next - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    return Math.max(next, System.nanoTime()) + interval;
  }

  private void send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"ok\":false")) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  /**
   * A token of the same Slack account, as a script gets one: the sandbox's OAuth pages, then
   * {@code oauth.v2.access} with the app's credentials (the sandbox's, public on purpose).
   */
  private String slackTokenOf(String email) throws IOException, InterruptedException {
    String callback;
    try (Browser person = new Browser(base)) {
      ConsolePages.signIn(person, "admin", ConsolePages.PASSWORD);
      callback = callbackUrlAfterAuthorizing(person, create(person, "Script"), email);
    }
    String code = URI.create(callback).getQuery().replaceAll(".*(?:^|&)code=([^&]*).*", "$1");
    String form = "client_id=sandbox-client-id&client_secret=sandbox-client-secret&code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&redirect_uri="
        + URLEncoder.encode(base + "/app/connections/callback", StandardCharsets.UTF_8);
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/sandbox/api/oauth.v2.access"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build(), HttpResponse.BodyHandlers.ofString());
    JsonObject granted = JsonParser.parseString(answer.body()).getAsJsonObject();
    if (!granted.get("ok").getAsBoolean()) {
      throw new IllegalStateException("oauth.v2.access: " + answer.body());
    }
    return granted.getAsJsonObject("authed_user").get("access_token").getAsString();
  }

  private static double p50(List<Long> nanos) {
    return nanos.stream().sorted().toList().get(nanos.size() / 2) / 1_000_000.0;
  }

  private static String spread(List<Double> values, String format) {
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", sorted.get(sorted.size() / 2),
        sorted.get(0), sorted.get(sorted.size() - 1));
  }
}
