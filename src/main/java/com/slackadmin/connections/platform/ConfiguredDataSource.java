package com.slackadmin.connections.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The JDBC source behind the container's connection pool, configured by {@code DATABASE_URL},
 * {@code DATABASE_USER} and {@code DATABASE_PASSWORD}.
 *
 * <p>{@code @DataSourceDefinition} fixes the driver class at compile time; reading the URL here lets one
 * build run on the embedded H2 file database by default and on PostgreSQL when configured, with the
 * container still pooling connections and running them in JTA transactions.
 *
 * <p>The default, and any H2 database in files, is durable at commit and readable by its owner only (see
 * {@link H2FileDatabase}).
 */
public class ConfiguredDataSource implements DataSource {

  static final String DEFAULT_URL = "jdbc:h2:file:./data/slack-admin-connections";
  /** Whether this deployment has opened the database once (static: whatever instances the pool makes). */
  static volatile boolean opened;

  ProcessExit exit = new ProcessExit();

  private int loginTimeout;
  private PrintWriter logWriter;

  @Override
  public Connection getConnection() throws SQLException {
    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    String url = setting(config, "DATABASE_URL", DEFAULT_URL);
    Properties credentials = new Properties();
    credentials.setProperty("user", setting(config, "DATABASE_USER", url.startsWith("jdbc:h2:") ? "sa" : ""));
    credentials.setProperty("password", setting(config, "DATABASE_PASSWORD", ""));
    return connectOrRefuseStart(url, credentials);
  }

  /**
   * The first connection is asked for while the application deploys: without it the deployment fails, and
   * Payara Micro would stay up answering 500, so the start is refused. Later failures (a database restarting)
   * are the pool's to retry.
   */
  Connection connectOrRefuseStart(String url, Properties credentials) throws SQLException {
    try {
      Connection connection = open(url, credentials);
      opened = true;
      return connection;
    } catch (SQLException | RuntimeException unusable) {
      if (!opened) {
        exit.refuse(new StartRefusedException("the database cannot be opened ("
            + StartRefusedException.innermostMessage(unusable) + "): check DATABASE_URL, DATABASE_USER and"
            + " DATABASE_PASSWORD, that the database is reachable and, for H2, that its folder is writable and"
            + " no other process has it open."));
      }
      throw unusable;
    }
  }

  /**
   * Opens a physical connection: the pool asks for one at start and when it grows or replaces one. An H2
   * database in files is opened durable at commit, in an owner-only folder, and its files are made owner-only.
   */
  static Connection open(String url, Properties credentials) throws SQLException {
    Optional<H2FileDatabase> files = H2FileDatabase.of(url);
    if (files.isEmpty()) {
      return connect(url, credentials);
    }
    try {
      files.get().prepareFolder();
    } catch (IOException e) {
      throw new SQLException("Cannot create the database folder " + files.get().folder() + ": " + e, e);
    }
    Connection connection = connect(H2FileDatabase.durable(url), credentials);
    try {
      files.get().restrictFiles();
      return connection;
    } catch (IOException e) {
      connection.close();
      throw new SQLException("Cannot make the database files owner-only in " + files.get().folder() + ": " + e, e);
    }
  }

  private static Connection connect(String url, Properties credentials) throws SQLException {
    Connection connection = driverFor(url).connect(url, credentials);
    if (connection == null) {
      throw new SQLException("The JDBC driver refused the URL in DATABASE_URL");
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  private static String setting(Config config, String key, String fallback) {
    return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(fallback);
  }

  private static Driver driverFor(String url) throws SQLException {
    List<Driver> drivers = ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).toList();
    forgetRegistrations();
    for (Driver driver : drivers) {
      if (driver.acceptsURL(url)) {
        return driver;
      }
    }
    throw new SQLException("No JDBC driver on the class path accepts DATABASE_URL (H2 and PostgreSQL are bundled)");
  }

  /**
   * A driver registers itself with {@link DriverManager} when its class loads. Connections here come from the
   * driver itself, never from {@code DriverManager}, so such a registration only holds this deployment's class
   * loader after it is gone: Payara warned at every boot that it had to unregister the bundled PostgreSQL driver
   * (loaded while it prepares the deployment, in a class loader it then discards).
   */
  static void forgetRegistrations() throws SQLException {
    ClassLoader ours = ConfiguredDataSource.class.getClassLoader();
    for (Driver registered : Collections.list(DriverManager.getDrivers())) {
      if (registered.getClass().getClassLoader() == ours) {
        DriverManager.deregisterDriver(registered);
      }
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
