package com.slackadmin.connections.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the process has been asked to stop (SIGTERM), known at once from a JVM shutdown hook. Payara Micro
 * closes the application's database pool and leaves the data grid as soon as the signal arrives, before the
 * application's {@code @PreDestroy} methods run: work in progress learns of the stop here, so that it takes
 * nothing new and does not mistake the failures of a stopping server for its own.
 */
@ApplicationScoped
public class ShutdownSignal {

  private volatile boolean received;
  private Thread hook;

  void listen(@Observes @Priority(Starting.CHECK - 10) Starting starting) {
    hook = new Thread(() -> received = true, "shutdown signal");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  public boolean received() {
    return received;
  }

  /** An application undeployed from a server that goes on leaves no hook behind. */
  @PreDestroy
  void forget() {
    try {
      if (hook != null) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook has run or is running
    }
  }
}
