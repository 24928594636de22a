package com.slackadmin.connections.cluster;

import com.slackadmin.connections.support.PayaraLaunch;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two nodes of the console clustered through Payara Micro's data grid on the loopback interface (as
 * {@code cluster/run} starts them, on the tests' own ports), sharing a PostgreSQL schema of their own, and a
 * third server whose sandbox is Slack for both: it stays up when a node is killed, so its record of calls spans
 * the kill. Both nodes send Slack's redirects to node B ({@code PUBLIC_URL}), so that an authorization started on
 * A finishes on B, as a balancer may have it.
 */
final class Cluster implements AutoCloseable {

  static final int SLACK_PORT = 18690;
  static final int PORT_A = 18691;
  static final int PORT_B = 18692;
  /** Not 6900: every Payara Micro on the machine, clustered or not, puts its data grid there. */
  static final int GRID_PORT_A = 5901;
  static final int GRID_PORT_B = 5902;
  static final String KEY = System.getProperty("it.encryptionKey");
  static final String SCHEMA = "slack_admin_cluster";

  final Path war = Path.of(System.getProperty("it.war"));
  final Path work = Path.of(System.getProperty("it.outputDir", "target"), "cluster");
  final String a = "http://localhost:" + PORT_A;
  final String b = "http://localhost:" + PORT_B;
  /** Another host name than the nodes': cookies do not tell ports apart. */
  final String slackBase = "http://127.0.0.1:" + SLACK_PORT;
  final int scale;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<PayaraLaunch> launched = new ArrayList<>();
  PayaraLaunch slack;
  PayaraLaunch nodeA;
  PayaraLaunch nodeB;
  private int starts;

  Cluster(int scale) {
    this.scale = scale;
  }

  /** The schema, emptied; the tests fail (never skip) when PostgreSQL cannot be reached. */
  static void freshSchema() throws SQLException {
    try (Connection db = database(); Statement sql = db.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      sql.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(System.getProperty("it.cluster.database.url"),
        System.getProperty("it.cluster.database.user"), System.getProperty("it.cluster.database.password", ""));
  }

  /** The first column of the one row a query of the cluster's schema finds, as {@code type}. */
  static <T> T queryOne(String sql, Object parameter, Class<T> type) throws SQLException {
    try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet found = query.executeQuery()) {
        found.next();
        return found.getObject(1, type);
      }
    }
  }

  void startSlack() throws IOException, InterruptedException {
    slack = launch(PayaraLaunch.start(war, List.of("-Xmx384m"), work.resolve("slack"),
        Map.of("DATA_DIR", work.resolve("slack/data").toString(),
            "DATABASE_URL", "jdbc:h2:file:" + work.resolve("slack/data/connections"),
            "CONNECTIONS_ENCRYPTION_KEY", KEY,
            // the sandbox accepts redirect URIs under its PUBLIC_URL: the nodes'
            "PUBLIC_URL", b),
        SLACK_PORT));
    slack.awaitFirstOk(http, "/privacy");
  }

  /** Launches both nodes at once; the time until both are ready and see each other. */
  Duration startBoth() throws IOException, InterruptedException {
    nodeA = node(PORT_A, GRID_PORT_A);
    nodeB = node(PORT_B, GRID_PORT_B);
    awaitReady(nodeA, 2);
    awaitReady(nodeB, 2);
    return nodeA.sinceLaunch();
  }

  /** Starts node A again after it was killed; the time until it has joined B. */
  Duration restartA() throws IOException, InterruptedException {
    launchA();
    return awaitA();
  }

  void launchA() throws IOException {
    nodeA = node(PORT_A, GRID_PORT_A);
  }

  Duration awaitA() throws IOException, InterruptedException {
    awaitReady(nodeA, 2);
    return nodeA.sinceLaunch();
  }

  private PayaraLaunch node(int port, int gridPort) throws IOException {
    Map<String, String> env = new HashMap<>();
    String name = "node-" + (port == PORT_A ? "a" : "b") + "-" + ++starts;
    env.put("DATA_DIR", work.resolve(name + "/data").toString());
    env.put("DATABASE_URL", System.getProperty("it.cluster.database.url"));
    env.put("DATABASE_USER", System.getProperty("it.cluster.database.user"));
    env.put("DATABASE_PASSWORD", System.getProperty("it.cluster.database.password", ""));
    env.put("CONNECTIONS_ENCRYPTION_KEY", KEY);
    env.put("PUBLIC_URL", b);
    env.putAll(PayaraLaunch.slackAt(slackBase, scale));
    env.put("SLACK_TIMEOUT_SECONDS", "8");
    return launch(PayaraLaunch.start(war, List.of("-Xmx384m"), work.resolve(name), env, port,
        List.of("--name", name, "--clustername", "slack-admin-cluster-it", "--interfaces", "127.0.0.1",
            "--startport", String.valueOf(gridPort), "--clustermode",
            "tcpip:127.0.0.1:" + GRID_PORT_A + ",127.0.0.1:" + GRID_PORT_B, "--nohostaware")));
  }

  /** Until the node answers ready and sees {@code members} members of the data grid. */
  void awaitReady(PayaraLaunch node, int members) throws IOException, InterruptedException {
    node.awaitFirstOk(http, "/health/ready");
    String seen = "";
    for (int i = 0; i < 600; i++) {
      seen = ready(node.base);
      if (seen.contains("\"members\":\"" + members + "\"") || seen.contains("\"members\":" + members + "")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(node.base + " never saw " + members + " members: " + seen);
  }

  String ready(String base) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private PayaraLaunch launch(PayaraLaunch launch) {
    launched.add(launch);
    return launch;
  }

  @Override
  public void close() throws InterruptedException {
    for (PayaraLaunch launch : launched) {
      launch.close();
    }
  }

  static void deleteRecursively(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
