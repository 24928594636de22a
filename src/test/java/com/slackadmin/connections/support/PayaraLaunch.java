package com.slackadmin.connections.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process started as users start it ({@code java <flags> -jar payara-micro.jar --deploy <war>
 * --contextroot / --port <free port> --nocluster}, or with a cluster node's options), with the clock started just
 * before the process is. Its output goes to {@code server.log} in its work folder.
 */
public final class PayaraLaunch implements AutoCloseable {

  /** A hang guard, not a timing: a boot takes well under this even on a busy machine. */
  private static final Duration BOOT_LIMIT = Duration.ofMinutes(5);

  private final Process process;
  private final long startedNanos;
  private final Path log;
  public final String base;

  private PayaraLaunch(Process process, long startedNanos, Path log, String base) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.log = log;
    this.base = base;
  }

  public static PayaraLaunch start(Path war, List<String> jvmFlags, Path work, Map<String, String> env)
      throws IOException {
    return start(war, jvmFlags, work, env, freePort());
  }

  /** On a port chosen beforehand, for a server whose configuration names its own URL ({@code PUBLIC_URL}). */
  public static PayaraLaunch start(Path war, List<String> jvmFlags, Path work, Map<String, String> env, int port)
      throws IOException {
    return start(war, jvmFlags, work, env, port, List.of("--nocluster"));
  }

  /**
   * As {@link #start(Path, List, Path, Map, int)}, with Payara Micro's own options instead of {@code --nocluster}:
   * those of a cluster node, say.
   */
  public static PayaraLaunch start(Path war, List<String> jvmFlags, Path work, Map<String, String> env, int port,
      List<String> payaraOptions) throws IOException {
    Files.createDirectories(work);
    Path log = work.resolve("server.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", war.toString(),
        "--contextroot", "/", "--port", String.valueOf(port)));
    command.addAll(payaraOptions);
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    long started = System.nanoTime();
    return new PayaraLaunch(builder.start(), started, log, "http://localhost:" + port);
  }

  /** Polls {@code path} every 50 ms; the time from launch to its first 200. */
  public Duration awaitFirstOk(HttpClient http, String path) throws IOException, InterruptedException {
    HttpRequest probe = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build();
    while (System.nanoTime() - startedNanos < BOOT_LIMIT.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro ended with status " + process.exitValue() + ", see " + log);
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
      } catch (IOException notListeningYet) {
        // the port opens late in the boot
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(path + " gave no 200 within " + BOOT_LIMIT + ", see " + log);
  }

  /** Since launch. */
  public Duration sinceLaunch() {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Asks the process to stop (SIGTERM), as a service manager does; its exit status once it has. */
  public int terminate(Duration patience) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("still running " + patience + " after SIGTERM, see " + log);
    }
    return process.exitValue();
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Ends the process at once (SIGKILL), as a crash or a power cut would: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
    }
  }

  /**
   * The settings that make another server's sandbox this server's Slack: its OAuth pages, Web API and SCIM, the
   * sandbox's public client credentials, and the rate budget at the sandbox's time scale.
   */
  public static Map<String, String> slackAt(String slackBase, int rateLimitTimeScale) {
    return Map.of(
        "SLACK_CLIENT_ID", "sandbox-client-id",
        "SLACK_CLIENT_SECRET", "sandbox-client-secret",
        "SLACK_OAUTH_AUTHORIZE_URL", slackBase + "/sandbox/oauth/v2/authorize",
        "SLACK_API_URL", slackBase + "/sandbox/api/",
        "SLACK_SCIM_URL", slackBase + "/sandbox/scim/v2/",
        "SLACK_RATE_LIMIT_TIME_SCALE", String.valueOf(rateLimitTimeScale));
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
