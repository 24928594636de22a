package com.slackadmin.connections.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The test server's log, for tests that check what never reaches it (tokens, secrets). */
public final class ServerLog {

  private ServerLog() {}

  /**
   * Every file Payara's handler wrote ({@code it-server.log.0}, {@code .1}, ...), joined. Its {@code .lck} lock
   * files are skipped; they come and go while the server runs.
   */
  public static String text() {
    Path configured = Path.of(System.getProperty("it.serverLog"));
    String prefix = configured.getFileName().toString();
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(configured.getParent())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> !f.getFileName().toString().endsWith(".lck")).sorted().toList()) {
        try {
          text.append(Files.readString(file));
        } catch (NoSuchFileException rotatedAway) {
          // rotated away since the listing: its lines are in the next file
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
