package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit the application acknowledged survives the process being killed (kill -9) right after. A child JVM
 * opens the H2 file database as the application does ({@link ConfiguredDataSource#open}), commits rows one by
 * one and prints each commit; the test kills it without warning after the fifth and reads what is on disk.
 */
class DurableCommitTest {

  private static final int ACKNOWLEDGED = 5;

  @TempDir
  Path folder;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard only
  void everyAcknowledgedCommitSurvivesAKill9() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("data/connections");
    try (Connection connection = open(url); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE acknowledged (id INT PRIMARY KEY)");
    }

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Committer.class.getName(), url).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.add(line);
        if (line.equals("committed " + ACKNOWLEDGED)) {
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
          break;
        }
      }
    }
    child.waitFor();
    assertTrue(output.contains("committed " + ACKNOWLEDGED), "the child did not get that far: " + output);

    List<Integer> kept = new ArrayList<>();
    try (Connection connection = open(url); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM acknowledged ORDER BY id")) {
      while (rows.next()) {
        kept.add(rows.getInt(1));
      }
    }
    assertTrue(kept.size() >= ACKNOWLEDGED, "acknowledged 1.." + ACKNOWLEDGED + " but kept only " + kept);
    assertEquals(List.of(1, 2, 3, 4, 5), kept.subList(0, ACKNOWLEDGED));
  }

  private static Connection open(String url) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", "sa");
    credentials.setProperty("password", "");
    Connection connection = ConfiguredDataSource.open(url, credentials);
    assertNotNull(connection);
    return connection;
  }

  /** The child: commits a row at a time, each in its own transaction, and says so after each commit. */
  public static final class Committer {

    public static void main(String[] args) throws Exception {
      try (Connection connection = open(args[0]);
          PreparedStatement insert = connection.prepareStatement("INSERT INTO acknowledged (id) VALUES (?)")) {
        connection.setAutoCommit(false);
        for (int id = 1;; id++) {
          insert.setInt(1, id);
          insert.executeUpdate();
          connection.commit();
          System.out.println("committed " + id);
          System.out.flush();
        }
      }
    }
  }
}
