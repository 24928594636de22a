package com.slackadmin.connections.benchmark;

import static com.slackadmin.connections.support.SlackPages.authorizeAs;
import static com.slackadmin.connections.support.SlackPages.create;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.Deployments;
import com.slackadmin.connections.support.SandboxControl;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark, run by {@code ./mvnw verify -Pbenchmark} (in {@link BenchmarksIT}): {@value #DEFAULT_CLIENTS} concurrent clients,
 * each a signed-in console user with an API token, for {@value #DEFAULT_SECONDS} s after a warm-up, mixing
 * Connections page views, API Tests and Search Users card runs on three connections against the sandbox.
 * Reports requests, errors and latency percentiles per kind to the console and to
 * {@code target/benchmark/load.md}. It measures; it asserts nothing about time (the figures of a run are in
 * {@code docs/performance.md}). Set {@code -Dload.clients}, {@code -Dload.seconds}, {@code -Dload.warmupSeconds}.
 */
public abstract class LoadBenchmark {

  static final int DEFAULT_CLIENTS = 50;
  static final int DEFAULT_SECONDS = 60;

  private final String base = Deployments.localBase();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .executor(Executors.newFixedThreadPool(4)).build();

  /** What a client does, in proportion. */
  enum Kind {
    PAGE_VIEW(40), API_TEST(30), SEARCH_USERS_CARD(30);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    static Kind pick() {
      int roll = ThreadLocalRandom.current().nextInt(100);
      return roll < PAGE_VIEW.weight ? PAGE_VIEW : roll < PAGE_VIEW.weight + API_TEST.weight ? API_TEST
          : SEARCH_USERS_CARD;
    }
  }

  /** One signed-in person: the console's cookies and an API token. */
  record Client(String cookies, String token) {}

  @Test
  void fiftyClientsForAMinute() throws Exception {
    int clients = Integer.getInteger("load.clients", DEFAULT_CLIENTS);
    int seconds = Integer.getInteger("load.seconds", DEFAULT_SECONDS);
    int warmup = Integer.getInteger("load.warmupSeconds", 15);
    TestDatabase.reset();
    new SandboxControl(base).reset();
    List<Long> connections = new ArrayList<>();
    List<Client> people = new ArrayList<>();
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      connections.add(connect(admin, "Acme", "admin@plus.example", null));
      connections.add(connect(admin, "Acme owner", "owner@plus.example", null));
      connections.add(connect(admin, "Globex", "owner@grid.example", "the whole organisation"));
      for (int i = 0; i < clients; i++) {
        ConsolePages.addTeammate(admin, "person" + i, "Person " + i, "ADMIN");
      }
    }
    for (int i = 0; i < clients; i++) {
      try (Browser person = new Browser(base)) {
        ConsolePages.signIn(person, "person" + i, ConsolePages.PASSWORD);
        String token = ConsolePages.createApiToken(person, "load");
        String cookies = person.client().getCookieManager().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        people.add(new Client(cookies, token));
      }
    }

    run(people, connections, warmup);
    Tally measured = run(people, connections, seconds);
    String report = measured.report(clients, seconds);
    System.out.println(report);
    Path file = Path.of(System.getProperty("it.outputDir", "target"), "benchmark", "load.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  private Tally run(List<Client> people, List<Long> connections, int seconds) throws InterruptedException {
    Tally tally = new Tally();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(people.size());
    for (Client person : people) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          Kind kind = Kind.pick();
          long connection = connections.get(ThreadLocalRandom.current().nextInt(connections.size()));
          long started = System.nanoTime();
          int status = send(request(kind, person, connection));
          tally.add(kind, status, System.nanoTime() - started);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    return tally;
  }

  private HttpRequest request(Kind kind, Client person, long connection) {
    HttpRequest.Builder request = switch (kind) {
      case PAGE_VIEW -> HttpRequest.newBuilder(URI.create(base + "/app/connections"))
          .header("Cookie", person.cookies()).GET();
      case API_TEST -> HttpRequest.newBuilder(URI.create(base + "/api/connections/" + connection + "/test"))
          .header("Authorization", "Bearer " + person.token()).POST(HttpRequest.BodyPublishers.noBody());
      case SEARCH_USERS_CARD -> HttpRequest.newBuilder(
          URI.create(base + "/api/connections/" + connection + "/cards/search-users"))
          .header("Authorization", "Bearer " + person.token()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"count\":10}"));
    };
    return request.timeout(Duration.ofSeconds(60)).build();
  }

  /** The status, or 0 when no answer came. */
  private int send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException noAnswer) {
      return 0;
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static long connect(Browser admin, String nickname, String email, String install) {
    HtmlPage landed = authorizeAs(create(admin, nickname), email, install, true);
    String path = landed.getUrl().getPath();
    if (!path.matches(".*/app/connections/\\d+")) {
      throw new IllegalStateException("Could not create " + nickname + ": " + landed.asNormalizedText());
    }
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  /** Latencies and errors per kind, safe to add to from every client. */
  static final class Tally {
    private final java.util.Map<Kind, List<Long>> nanos = new java.util.EnumMap<>(Kind.class);
    private final java.util.Map<Kind, Integer> errors = new java.util.EnumMap<>(Kind.class);

    synchronized void add(Kind kind, int status, long took) {
      nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(took);
      if (status < 200 || status >= 300) {
        errors.merge(kind, 1, Integer::sum);
      }
    }

    synchronized String report(int clients, int seconds) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "Load: %d clients for %d s%n%n", clients, seconds));
      out.append("| kind | requests | errors | requests/s | p50 ms | p90 ms | p99 ms | max ms |\n");
      out.append("|---|---|---|---|---|---|---|---|\n");
      List<Long> all = new ArrayList<>();
      int allErrors = 0;
      for (Kind kind : Kind.values()) {
        List<Long> took = nanos.getOrDefault(kind, List.of());
        all.addAll(took);
        allErrors += errors.getOrDefault(kind, 0);
        out.append(row(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), took,
            errors.getOrDefault(kind, 0), seconds));
      }
      out.append(row("all", all, allErrors, seconds));
      return out.toString();
    }

    private static String row(String name, List<Long> took, int errors, int seconds) {
      List<Long> sorted = took.stream().sorted().toList();
      return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %d | %d | %d | %d |%n", name, sorted.size(), errors,
          sorted.size() / (double) seconds, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
          percentile(sorted, 100));
    }

    private static long percentile(List<Long> sorted, int p) {
      if (sorted.isEmpty()) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, index)));
    }
  }
}
