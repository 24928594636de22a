package com.slackadmin.connections.benchmark;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Connections page benchmark, run by {@code ./mvnw verify -Pbenchmark} (in {@link BenchmarksIT}): the page of an owner of 1k, 10k and
 * 100k connections, measured against a byte-identical copy of it served by the same server
 * ({@code StaticCopy}), interleaved round by round so both see the same machine. Reports per size the
 * requests/s at concurrency {@value #CONCURRENCY} of the first page, the page sorted by last use, the last page
 * and the static copy, and the sequential p50 of each; to the console and {@code target/benchmark/page.md}.
 * Measures only; asserts nothing about time. {@code -Dpage.sizes=1000,10000}, {@code -Dpage.rounds},
 * {@code -Dpage.seconds}, {@code -Dpage.warmupSeconds} (per target, before the first size) change the run.
 */
public abstract class PageBenchmark {

  static final int CONCURRENCY = 8;

  private final String base = Deployments.localBase();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void connectionsPageAgainstAStaticCopy() throws Exception {
    List<Integer> sizes = List.of(System.getProperty("page.sizes", "1000,10000,100000").split(",")).stream()
        .map(String::trim).map(Integer::valueOf).toList();
    int rounds = Integer.getInteger("page.rounds", 3);
    int seconds = Integer.getInteger("page.seconds", 5);
    int warmup = Integer.getInteger("page.warmupSeconds", 15);
    TestDatabase.reset();
    new SandboxControl(base).reset();
    String cookies;
    try (Browser admin = ConsolePages.adminSignedIn(base)) {
      cookies = admin.client().getCookieManager().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
          .collect(Collectors.joining("; "));
    }
    long owner = TestDatabase.userId("admin");
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "Connections page, 50 rows, concurrency %d, %d rounds of %d s each (median [min-max])%n%n", CONCURRENCY,
        rounds, seconds));
    report.append("| connections | what | requests/s | p50 ms (sequential) | bytes |\n|---|---|---|---|---|\n");
    int inserted = 0;
    for (int size : sizes) {
      insertConnections(owner, inserted, size - inserted);
      inserted = size;
      int lastPage = (size + 49) / 50;
      List<Target> targets = List.of(new Target("first page", "/app/connections"),
          new Target("sorted by last use", "/app/connections?sort=lastUsed"),
          new Target("last page", "/app/connections?page=" + lastPage),
          new Target("static copy of the first page", "/test-support/static-copy"));
      byte[] firstPage = get("/app/connections", cookies).body();
      post("/test-support/static-copy", firstPage);
      for (Target target : targets) {
        // warm-up: the first size's is long enough for the JIT, or that size would be measured on a cold JVM
        run(target, cookies, inserted == sizes.get(0) ? warmup : 2);
      }
      for (int round = 0; round < rounds; round++) {
        for (Target target : targets) {
          target.perSecond.add(run(target, cookies, seconds));
          target.p50.add(sequentialP50(target, cookies));
        }
      }
      for (Target target : targets) {
        report.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %,d |%n", size, target.name,
            spread(target.perSecond), spread(target.p50), get(target.path, cookies).body().length));
      }
      double page = median(targets.get(0).perSecond);
      double copy = median(targets.get(3).perSecond);
      report.append(String.format(Locale.ROOT, "| %,d | **first page / static copy** | **%.3fx** | | |%n", size,
          page / copy));
    }
    System.out.println(report);
    Path file = Path.of(System.getProperty("it.outputDir", "target"), "benchmark", "page.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  /** A URL measured, with its figures of every round. */
  static final class Target {
    final String name;
    final String path;
    final List<Double> perSecond = new ArrayList<>();
    final List<Double> p50 = new ArrayList<>();

    Target(String name, String path) {
      this.name = name;
      this.path = path;
    }
  }

  /** Requests per second at {@link #CONCURRENCY} for {@code seconds}; a failed answer stops the benchmark. */
  private double run(Target target, String cookies, int seconds) throws InterruptedException {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < CONCURRENCY; i++) {
      clients.submit(() -> {
        try {
          while (System.nanoTime() < end) {
            get(target.path, cookies);
            done.incrementAndGet();
          }
        } catch (RuntimeException | IOException | InterruptedException failed) {
          synchronized (failures) {
            failures.add(failed);
          }
        }
        return null;
      });
    }
    clients.shutdown();
    clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    if (!failures.isEmpty()) {
      throw new IllegalStateException(target.path + " failed", failures.get(0));
    }
    return done.get() / (double) seconds;
  }

  private double sequentialP50(Target target, String cookies) throws IOException, InterruptedException {
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      long started = System.nanoTime();
      get(target.path, cookies);
      nanos.add(System.nanoTime() - started);
    }
    return nanos.stream().sorted().toList().get(10) / 1_000_000.0;
  }

  private HttpResponse<byte[]> get(String path, String cookies) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response;
  }

  private void post(String path, byte[] body) throws IOException, InterruptedException {
    http.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build(), HttpResponse.BodyHandlers.discarding());
  }

  /** Rows as the New Connection flow stores them, one owner, varied nicknames and last uses. */
  private static void insertConnections(long ownerId, int from, int count) {
    Instant now = Instant.parse("2026-06-01T00:00:00Z");
    // 7919 is prime to 1,000,000, so the nicknames differ up to a million rows but do not follow the ids
    TestDatabase.insertConnections(ownerId, from, count,
        i -> String.format(Locale.ROOT, "Connection %06d", (i * 7919L) % 1_000_000),
        i -> i % 5 == 0 ? null : now.minusSeconds((i * 104_729L) % 2_592_000));
  }

  private static String spread(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, "%.1f [%.1f-%.1f]", median(sorted), sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
