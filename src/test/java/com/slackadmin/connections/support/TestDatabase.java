package com.slackadmin.connections.support;

import com.slackadmin.connections.connection.control.TokenCipher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.function.IntFunction;

/**
 * Direct JDBC access to the database the deployed application uses, to arrange data and to check what
 * was stored. The same URL as the application's: an H2 file database shared through H2's auto-server
 * mode, or PostgreSQL.
 */
public final class TestDatabase {

  private static final String[] TABLES_CHILD_FIRST = {
      "notification_delivery", "notification", "notification_event", "webhook", "bulk_row", "bulk_run",
      "connection_share", "audit_entry", "slack_connection", "api_token", "sign_in_attempt",
      "one_time_event", "console_setting",
      "console_user"};

  private TestDatabase() {}

  public static Connection open() throws SQLException {
    String url = System.getProperty("it.database.url");
    Properties credentials = new Properties();
    credentials.setProperty("user", System.getProperty("it.database.user", ""));
    credentials.setProperty("password", System.getProperty("it.database.password", ""));
    return DriverManager.getConnection(url, credentials);
  }

  public static boolean isPostgres() {
    return System.getProperty("it.database.url", "").startsWith("jdbc:postgresql:");
  }

  /** Empties every table, so each test class starts from a fresh console that needs setting up. */
  public static void reset() {
    try (Connection connection = open(); Statement statement = connection.createStatement()) {
      for (String table : TABLES_CHILD_FIRST) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset the test database", e);
    }
  }

  public static int update(String sql, Object... parameters) {
    try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long userId(String username) {
    return queryLong("SELECT id FROM console_user WHERE username = ?", username);
  }

  public static long count(String table) {
    return queryLong("SELECT COUNT(*) FROM " + table);
  }

  public static long queryLong(String sql, Object... parameters) {
    try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          throw new IllegalStateException("No row for " + sql);
        }
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String queryString(String sql, Object... parameters) {
    try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, in the order the query gives. */
  public static List<String> queryStrings(String sql, Object... parameters) {
    try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cipher the deployed application uses for tokens at rest (the tests fix its key). */
  public static TokenCipher cipher() {
    return new TokenCipher(Base64.getDecoder().decode(System.getProperty("it.encryptionKey")));
  }

  private static final String INSERT_CONNECTION = "INSERT INTO slack_connection (nickname, nickname_key, owner_id,"
      + " team_id, team_name, plan, install_level, slack_user_id, slack_user_name, slack_user_email, slack_user_role,"
      + " granted_scopes, access_token_ciphertext, status, created_at, last_used_at, last_verified_at,"
      + " last_checked_at, version)"
      + " VALUES (?, ?, ?, 'T0001', 'Acme', 'plus', 'WORKSPACE', 'U0001', 'ada', 'ada@example.com', 'ADMIN',"
      + " 'admin', ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";

  /**
   * Stores a connection row as the New Connection flow would, with an encrypted placeholder token, verified now:
   * the health sweep leaves it alone (Slack would not know its token).
   */
  public static void insertConnection(long ownerId, String nickname, String status, Instant lastUsed) {
    try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(INSERT_CONNECTION)) {
      bindConnection(statement, ownerId, nickname, status, lastUsed,
          cipher().encrypt("xoxp-placeholder-" + nickname.hashCode()));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stores many active connections of one owner in one transaction, for benchmarks: nicknames
   * {@code nickname.apply(i)}, last uses {@code lastUsed.apply(i)} (null: never used), one shared placeholder token.
   */
  public static void insertConnections(long ownerId, int from, int count, IntFunction<String> nickname,
      IntFunction<Instant> lastUsed) {
    String ciphertext = cipher().encrypt("xoxp-placeholder");
    try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(INSERT_CONNECTION)) {
      connection.setAutoCommit(false);
      for (int i = from; i < from + count; i++) {
        bindConnection(statement, ownerId, nickname.apply(i), "ACTIVE", lastUsed.apply(i), ciphertext);
        statement.addBatch();
        if (i % 1000 == 999) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void bindConnection(PreparedStatement statement, long ownerId, String nickname, String status,
      Instant lastUsed, String ciphertext) throws SQLException {
    statement.setString(1, nickname);
    statement.setString(2, nickname.toLowerCase(java.util.Locale.ROOT));
    statement.setLong(3, ownerId);
    statement.setString(4, ciphertext);
    statement.setString(5, status);
    statement.setTimestamp(6, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
    statement.setTimestamp(7, lastUsed == null ? null : Timestamp.from(lastUsed));
  }

  public static long connectionId(String nickname) {
    return queryLong("SELECT id FROM slack_connection WHERE nickname = ?", nickname);
  }

  /** Stores an audit entry as the audit trail records it. */
  public static void insertAuditEntry(long connectionId, String username, String action, String outcome,
      Instant occurredAt) {
    String sql = "INSERT INTO audit_entry (occurred_at, console_username, connection_id, connection_nickname, action,"
        + " target, outcome, duration_ms) VALUES (?, ?, ?, 'nick', ?, 'U0042', ?, 12)";
    try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setTimestamp(1, Timestamp.from(occurredAt));
      statement.setString(2, username);
      statement.setLong(3, connectionId);
      statement.setString(4, action);
      statement.setString(5, outcome);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
