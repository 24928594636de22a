package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientDisconnectsTest {

  static Stream<Arguments> records() {
    return Stream.of(
        Arguments.of("a write that failed on a closed connection", Level.SEVERE,
            new RuntimeException("MappableException", new IOException("Connection is closed")), true),
        Arguments.of("the same, wrapped twice", Level.SEVERE,
            new IllegalStateException(new UncheckedIOException(new IOException("Broken pipe"))), true),
        Arguments.of("a server error while writing", Level.SEVERE, new IllegalStateException("bug"), false),
        Arguments.of("a SEVERE without an exception", Level.SEVERE, null, false),
        Arguments.of("a FINE I/O record", Level.FINE, new IOException("closed"), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void onlyIoFailuresWhileWritingAreTakenForAClientThatWentAway(String name, Level level, Throwable thrown,
      boolean gone) {
    LogRecord record = new LogRecord(level, "An I/O error has occurred while writing a response message entity");
    record.setThrown(thrown);
    assertEquals(gone, ClientDisconnects.isClientGone(record));
  }

  @Test
  void theFilterComesOffWithTheDeployment() {
    ClientDisconnects listener = new ClientDisconnects();
    listener.contextInitialized(null);
    LogRecord gone = new LogRecord(Level.SEVERE, "write failed");
    gone.setThrown(new RuntimeException(new IOException("Connection is closed")));
    LogRecord bug = new LogRecord(Level.SEVERE, "write failed");
    bug.setThrown(new IllegalStateException("bug"));
    assertEquals(false, ClientDisconnects.JERSEY_RESPONDER.getFilter().isLoggable(gone));
    assertEquals(true, ClientDisconnects.JERSEY_RESPONDER.getFilter().isLoggable(bug));
    listener.contextDestroyed(null);
    assertEquals(null, ClientDisconnects.JERSEY_RESPONDER.getFilter());
  }
}
