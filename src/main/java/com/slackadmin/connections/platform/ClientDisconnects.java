package com.slackadmin.connections.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A client that goes away before its answer is written (a closed tab, a script's timeout) is not a server error,
 * but Jersey logs it as SEVERE with a stack trace: hundreds after a load test, burying real errors. Those records,
 * and only those (an I/O failure while writing an answer), become one FINE line each. Installed for the
 * deployment's lifetime: the logger belongs to the server and outlives it.
 */
@WebListener
public class ClientDisconnects implements ServletContextListener {

  /** The logger Jersey's responder writes through; held here, as JUL keeps loggers only weakly. */
  static final Logger JERSEY_RESPONDER = Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

  private static final Logger LOG = Logger.getLogger(ClientDisconnects.class.getName());

  private Filter previous;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    previous = JERSEY_RESPONDER.getFilter();
    Filter before = previous;
    JERSEY_RESPONDER.setFilter(record -> {
      if (isClientGone(record)) {
        LOG.fine(() -> "A client went away before its answer was written: " + rootCause(record.getThrown()));
        return false;
      }
      return before == null || before.isLoggable(record);
    });
  }

  @Override
  public void contextDestroyed(ServletContextEvent stopped) {
    JERSEY_RESPONDER.setFilter(previous);
  }

  /** An error while writing an answer whose cause is an I/O failure: the connection to the client is gone. */
  static boolean isClientGone(LogRecord record) {
    if (record.getLevel().intValue() < Level.WARNING.intValue() || record.getThrown() == null) {
      return false;
    }
    for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static String rootCause(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }
}
