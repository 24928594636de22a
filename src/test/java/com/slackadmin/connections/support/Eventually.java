package com.slackadmin.connections.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for what the server does after the fact (notifications stored, a sweep's pass), by looking again. */
public final class Eventually {

  private Eventually() {}

  /**
   * Looks every 250 ms until the condition holds.
   *
   * @throws AssertionError naming {@code what} when it did not hold within {@code patience}
   */
  public static void waitUntil(String what, Duration patience, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Waited " + patience.toSeconds() + " s in vain for " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError(interrupted);
      }
    }
  }
}
