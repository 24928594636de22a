package com.slackadmin.connections.benchmark;

import com.slackadmin.connections.support.PayaraLaunch;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Start-up and memory of the built WAR against an empty WAR (one {@code index.html}) on the same Payara Micro
 * with the same JVM flags, run only by {@code ./mvnw verify -Pbenchmark}. For each set of flags, rounds
 * alternate app and empty WAR, each a new process on a new data folder: the time from launch to the first 200
 * ({@code /app/signin} for the app, whose {@code /} redirects; {@code /} for the empty WAR), then
 * {@value #REQUESTS} sequential requests ({@link ConsoleWorkload} for the app, {@code /} for the empty WAR),
 * then resident memory, heap, Metaspace and classes ({@link Footprint}). Reports medians, ranges and ratios to
 * the console and {@code target/benchmark/startup.md}; asserts nothing about time. {@code -Dstartup.rounds}
 * (default 3) and {@code -Dstartup.jvm} (sets of flags separated by {@code ;}, {@code default} for none; default
 * {@code -Xmx256m;default}) change the run; {@code -Dstartup.before=<war>} adds an earlier build of the app to
 * every round, so that a change is measured against what it changed on the same machine at the same time.
 */
class StartupBenchmarkIT {

  static final int REQUESTS = 500;
  private static final String APP = "app";
  private static final String EMPTY = "empty WAR";
  /** An earlier build of the application, measured in the same rounds when {@code -Dstartup.before} names it. */
  private static final String BEFORE = "before";

  private final Path out = Path.of(System.getProperty("it.outputDir", "target")).toAbsolutePath();

  @Test
  void startupAndMemoryAgainstAnEmptyWar() throws Exception {
    int rounds = Integer.getInteger("startup.rounds", 3);
    List<String> flagSets = Arrays.stream(System.getProperty("startup.jvm", "-Xmx256m;default").split(";"))
        .map(String::trim).toList();
    Path work = out.resolve("startup");
    deleteRecursively(work);
    Path appWar = Path.of(System.getProperty("it.war"));
    Path emptyWar = emptyWar(work.resolve("empty.war"));
    Map<String, Path> wars = new LinkedHashMap<>();
    String before = System.getProperty("startup.before", "");
    if (!before.isBlank()) {
      wars.put(BEFORE, Path.of(before));
    }
    wars.put(APP, appWar);
    wars.put(EMPTY, emptyWar);
    String machine = machine();
    StartupTable table = new StartupTable();
    int launch = 0;
    for (String flags : flagSets) {
      List<String> jvm = flags.equals("default") ? List.of() : List.of(flags.split("\\s+"));
      for (int round = 1; round <= rounds; round++) {
        for (Map.Entry<String, Path> war : wars.entrySet()) {
          Path folder = work.resolve(String.valueOf(++launch));
          StartupTable.Launch figures = measure(war.getValue(), !war.getKey().equals(EMPTY), jvm, folder);
          System.out.printf(Locale.ROOT, "%s, %s, round %d: %s%n", flags, war.getKey(), round, figures);
          table.add(flags, war.getKey(), figures);
        }
      }
    }
    String report = String.format(Locale.ROOT, "Start-up and memory against an empty WAR on Payara Micro%n%n%s%n%n%s",
        machine, table.markdown(List.copyOf(wars.keySet()), EMPTY, REQUESTS));
    System.out.println(report);
    Path file = out.resolve("benchmark").resolve("startup.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  private static StartupTable.Launch measure(Path war, boolean app, List<String> jvm, Path folder)
      throws IOException, InterruptedException {
    Path data = folder.resolve("data");
    Map<String, String> env = Map.of("DATA_DIR", data.toString(), "DATABASE_URL",
        "jdbc:h2:file:" + data.resolve("connections"), "CONSOLE_ADMIN_USERNAME", ConsoleWorkload.USERNAME,
        "CONSOLE_ADMIN_PASSWORD", ConsoleWorkload.PASSWORD);
    HttpClient http = ConsoleWorkload.client();
    try (PayaraLaunch payara = PayaraLaunch.start(war, jvm, folder, env)) {
      double firstOk = payara.awaitFirstOk(http, app ? "/app/signin" : "/").toMillis() / 1000.0;
      long started = System.nanoTime();
      if (app) {
        ConsoleWorkload.run(payara.base, REQUESTS);
      } else {
        for (int i = 0; i < REQUESTS; i++) {
          ConsoleWorkload.expectOk(http, payara.base + "/");
        }
      }
      double requests = (System.nanoTime() - started) / 1e9;
      return new StartupTable.Launch(firstOk, requests, Footprint.of(payara.pid()));
    }
  }

  /** The smallest web application: one static page, nothing for the container to scan or start. */
  private static Path emptyWar(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ShrinkWrap.create(WebArchive.class, "empty.war")
        .add(new StringAsset("<!DOCTYPE html><title>empty</title><p>empty</p>\n"), "index.html")
        .as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }

  private static String machine() throws IOException {
    String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    return String.format(Locale.ROOT, "Machine: %d cores, %s, Java %s (%s), load average at start %s",
        Runtime.getRuntime().availableProcessors(), memory, System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"),
        String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3)));
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
