package com.slackadmin.connections.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An embedded H2 database kept in files, as a JDBC URL names it (the default database, or a DATABASE_URL like
 * {@code jdbc:h2:file:/srv/connections/db;AUTO_SERVER=TRUE}): how to open it so that a commit is durable, and
 * where its files are, so that only the account running the application may read them.
 */
record H2FileDatabase(Path folder, String name) {

  /**
   * H2 2.x (MVStore) writes committed transactions to its file from a background thread up to WRITE_DELAY ms
   * later: 500 by default, and set again at every open from the URL, or to that default. A process killed in
   * between loses transactions it had already acknowledged. With 0 each commit writes its changes before it
   * returns (to the operating system: they survive the process, not a power cut the file system did not
   * flush). A URL that sets its own WRITE_DELAY keeps it: whoever wrote it chose.
   */
  static final String DURABLE_COMMIT = ";WRITE_DELAY=0";

  private static final String PREFIX = "jdbc:h2:";
  private static final Pattern WRITE_DELAY = Pattern.compile("(?i);WRITE_DELAY=");
  /** {@code mem:}, {@code tcp:}, {@code ssl:}, {@code zip:} and other stores that are not our files. */
  private static final Pattern OTHER_STORE = Pattern.compile("[A-Za-z][A-Za-z0-9]+:.*");

  /** The database the URL names, when it is an H2 database in files this process opens itself. */
  static Optional<H2FileDatabase> of(String url) {
    if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return Optional.empty();
    }
    String location = url.substring(PREFIX.length()).split(";", 2)[0];
    if (location.toLowerCase(Locale.ROOT).startsWith("file:")) {
      location = location.substring("file:".length());
    } else if (OTHER_STORE.matcher(location).matches()) {
      return Optional.empty();
    }
    if (location.startsWith("~")) {
      location = System.getProperty("user.home") + location.substring(1);
    }
    if (location.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(location).toAbsolutePath().normalize();
    return Optional.of(new H2FileDatabase(path.getParent(), path.getFileName().toString()));
  }

  /** The URL to open it with: durable at commit unless the URL says otherwise. */
  static String durable(String url) {
    return WRITE_DELAY.matcher(url).find() ? url : url + DURABLE_COMMIT;
  }

  /** Before H2 opens it: a missing folder is created owner-only, so what H2 creates in it is out of reach. */
  void prepareFolder() throws IOException {
    OwnerOnly.folder(folder);
  }

  /**
   * After H2 opened it: its files ({@code name.mv.db}, and the trace, lock and temporary files it adds) become
   * owner-only, including those an earlier version of the application left readable to everyone.
   */
  void restrictFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
        OwnerOnly.restrict(file);
      }
    }
  }
}
