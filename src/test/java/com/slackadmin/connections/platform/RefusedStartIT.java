package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A refused start ends the process: the built WAR on Payara Micro, started as users start it ({@code java -jar
 * payara-micro.jar --deploy ...}), with a key that is not a key, exits with {@link ProcessExit#REFUSED} after
 * one line saying why, instead of staying up and answering 500. Which configurations refuse is decided by plain
 * unit tests ({@code EncryptionKeysTest}, {@code EncryptionKeyCheckTest}, {@code ThemeTest}); this boot proves
 * the process really ends.
 */
class RefusedStartIT {

  private static final String REFUSAL = "Refusing to start: CONNECTIONS_ENCRYPTION_KEY must hold 32 random bytes"
      + " in base64: set it to the key the stored Slack tokens were encrypted with, or on a new installation to a"
      + " new one (openssl rand -base64 32).";

  @Test
  void aMalformedKeyEndsTheProcessWithOneLineAndExitStatus78() throws Exception {
    Path work = Path.of(System.getProperty("it.outputDir", "target"), "refused-start").toAbsolutePath();
    deleteRecursively(work);
    Path data = Files.createDirectories(work.resolve("data"));
    Path log = work.resolve("server.log");
    ProcessBuilder payara = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("it.war"),
        "--contextroot", "/", "--port", String.valueOf(freePort()), "--nocluster")
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    payara.environment().put("CONNECTIONS_ENCRYPTION_KEY", "not-a-key");
    payara.environment().put("DATA_DIR", data.toString());
    payara.environment().put("DATABASE_URL", "jdbc:h2:file:" + data.resolve("connections"));
    Process server = payara.start();
    try {
      // a hang guard, not a timing: a boot takes under a minute here
      assertTrue(server.waitFor(3, TimeUnit.MINUTES), "Payara Micro is still running after refusing to start");
    } finally {
      server.destroyForcibly();
    }
    String output = Files.readString(log);
    assertTrue(output.contains(REFUSAL), "the refusal is not in the output, see " + log);
    assertEquals(ProcessExit.REFUSED, server.exitValue(), "exit status; output in " + log);
    assertFalse(Files.exists(data.resolve("connections-encryption.key")), "a key file was generated");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
