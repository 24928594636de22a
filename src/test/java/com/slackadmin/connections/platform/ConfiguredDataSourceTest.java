package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot be opened when the application starts refuses the start (Payara Micro would stay up
 * answering 500); once it has been opened, a failure is the pool's to retry and ends nothing.
 */
class ConfiguredDataSourceTest {

  @TempDir
  Path temp;

  private final List<String> exits = new ArrayList<>();
  private final ConfiguredDataSource dataSource = new ConfiguredDataSource();

  @BeforeEach
  void aFreshDeployment() {
    ConfiguredDataSource.opened = false;
    dataSource.exit = new ProcessExit() {
      @Override
      public void refuse(StartRefusedException refused) {
        exits.add(refused.getMessage());
      }
    };
  }

  @Test
  void aDatabaseThatCannotBeOpenedAtStartRefusesTheStart() throws Exception {
    assertThrows(SQLException.class, () -> dataSource.connectOrRefuseStart(unusableUrl(), sa()));
    assertEquals(1, exits.size());
    assertTrue(exits.get(0).startsWith("Refusing to start: the database cannot be opened ("), exits.get(0));
    assertTrue(exits.get(0).contains("Not a directory"), exits.get(0));
  }

  @Test
  void onceOpenedAFailureEndsNothing() throws Exception {
    try (Connection connection = dataSource.connectOrRefuseStart("jdbc:h2:file:" + temp.resolve("db"), sa())) {
      assertThrows(SQLException.class, () -> dataSource.connectOrRefuseStart(unusableUrl(), sa()));
    }
    assertEquals(List.of(), exits);
  }

  /** An H2 database whose folder would be inside a file: it cannot be created, even by root. */
  private String unusableUrl() throws Exception {
    Files.writeString(temp.resolve("occupied"), "a file where a folder should be");
    return "jdbc:h2:file:" + temp.resolve("occupied/data/connections");
  }

  @Test
  void aDriverOpenedHereIsNotLeftRegisteredWithTheDriverManager() throws Exception {
    try (Connection connection = ConfiguredDataSource.open("jdbc:h2:file:" + temp.resolve("data/connections"), sa())) {
      assertTrue(connection.isValid(1));
    }
    ClassLoader ours = ConfiguredDataSource.class.getClassLoader();
    assertEquals(List.of(), Collections.list(DriverManager.getDrivers()).stream()
        .filter(d -> d.getClass().getClassLoader() == ours).map(d -> d.getClass().getName()).toList());
  }

  private static Properties sa() {
    Properties credentials = new Properties();
    credentials.setProperty("user", "sa");
    credentials.setProperty("password", "");
    return credentials;
  }
}
