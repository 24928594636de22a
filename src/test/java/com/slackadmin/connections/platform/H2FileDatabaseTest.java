package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which database URLs name H2 files the application opens itself, how they are opened (durable at commit), and
 * that their folder and files are owner-only.
 */
class H2FileDatabaseTest {

  @TempDir
  Path temp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      jdbc:h2:file:./data/slack-admin-connections          | data                | slack-admin-connections
      jdbc:h2:file:/srv/sac/db;AUTO_SERVER=TRUE            | /srv/sac            | db
      jdbc:h2:/srv/sac/db                                  | /srv/sac            | db
      JDBC:H2:FILE:/srv/sac/db                             | /srv/sac            | db
      jdbc:h2:./db                                         | .                   | db
      jdbc:h2:mem:test;DB_CLOSE_DELAY=-1                   | none                | none
      jdbc:h2:tcp://localhost/~/db                         | none                | none
      jdbc:h2:ssl://db.example/db                          | none                | none
      jdbc:h2:zip:/srv/backup.zip!/db                      | none                | none
      jdbc:postgresql://127.0.0.1:5432/test                | none                | none
      """)
  void anH2UrlInFilesNamesItsFolderAndName(String url, String folder, String name) {
    Optional<H2FileDatabase> database = H2FileDatabase.of(url);
    assertEquals(Optional.ofNullable(folder).map(f -> Path.of(f).toAbsolutePath().normalize()),
        database.map(H2FileDatabase::folder), url);
    assertEquals(Optional.ofNullable(name), database.map(H2FileDatabase::name), url);
  }

  @Test
  void theDefaultDatabaseIsInFiles() {
    assertEquals(Path.of("data").toAbsolutePath(), H2FileDatabase.of(ConfiguredDataSource.DEFAULT_URL).get().folder());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      jdbc:h2:file:./data/db                      | jdbc:h2:file:./data/db;WRITE_DELAY=0
      jdbc:h2:file:./data/db;AUTO_SERVER=TRUE     | jdbc:h2:file:./data/db;AUTO_SERVER=TRUE;WRITE_DELAY=0
      jdbc:h2:file:./data/db;WRITE_DELAY=100      | jdbc:h2:file:./data/db;WRITE_DELAY=100
      jdbc:h2:file:./data/db;write_delay=100      | jdbc:h2:file:./data/db;write_delay=100
      """)
  void aCommitIsDurableUnlessTheUrlSetsItsOwnWriteDelay(String url, String opened) {
    assertEquals(opened, H2FileDatabase.durable(url));
  }

  @Test
  void aNewDatabaseFolderAndItsFilesAreOwnerOnly() throws Exception {
    Path folder = temp.resolve("data/nested");
    try (Connection connection = open("jdbc:h2:file:" + folder.resolve("connections"))) {
      assertEquals("rwx------", permissions(temp.resolve("data")));
      assertEquals("rwx------", permissions(folder));
      assertEquals("rw-------", permissions(folder.resolve("connections.mv.db")));
    }
  }

  @Test
  void filesAnEarlierStartLeftReadableBecomeOwnerOnly() throws Exception {
    String url = "jdbc:h2:file:" + temp.resolve("connections");
    open(url).close();
    Path file = temp.resolve("connections.mv.db");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    try (Connection connection = open(url)) {
      assertEquals("rw-------", permissions(file));
    }
  }

  @Test
  void anExistingFolderKeepsItsMode() throws Exception {
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-x---"));
    open("jdbc:h2:file:" + temp.resolve("connections")).close();
    assertEquals("rwxr-x---", permissions(temp));
  }

  private static Connection open(String url) throws Exception {
    Properties credentials = new Properties();
    credentials.setProperty("user", "sa");
    credentials.setProperty("password", "");
    return ConfiguredDataSource.open(url, credentials);
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
