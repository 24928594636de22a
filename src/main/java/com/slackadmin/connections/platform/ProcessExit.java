package com.slackadmin.connections.platform;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Ends the Payara Micro process when the application refuses to start, with exit status {@link #REFUSED}
 * after one log line that says why, so that a supervisor (systemd, Docker, Kubernetes) sees a failed start
 * instead of a server that is up and answers 500.
 *
 * <p>{@code System.exit} runs on a thread of its own: the refusal is raised on Payara Micro's deployment thread,
 * and exiting on that thread never ends: {@code System.exit} waits for Payara Micro's shutdown hook, which stops
 * the server and so waits for the deployment that thread is running (seen with Payara Micro 6.2025.10). The
 * shutdown hooks close the database; should they hang all the same, the process is halted after a grace time.
 */
public class ProcessExit {

  /** EX_CONFIG of sysexits.h: a configuration error, which every refusal is. */
  public static final int REFUSED = 78;
  static final Duration HOOKS_GRACE = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(ProcessExit.class.getName());

  public void refuse(StartRefusedException refused) {
    LOG.severe(refused.getMessage());
    Thread exit = new Thread(ProcessExit::exit, "refused-start-exit");
    exit.start();
  }

  private static void exit() {
    Thread halt = new Thread(() -> {
      try {
        Thread.sleep(HOOKS_GRACE.toMillis());
      } catch (InterruptedException ignored) {
        // halt now
      }
      Runtime.getRuntime().halt(REFUSED);
    }, "refused-start-halt");
    halt.setDaemon(true);
    halt.start();
    System.exit(REFUSED);
  }
}
