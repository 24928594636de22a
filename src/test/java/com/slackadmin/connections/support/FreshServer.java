package com.slackadmin.connections.support;

import org.junit.jupiter.api.BeforeEach;

/**
 * Scenarios against the deployed application, run as {@code @Nested} classes of a {@link DeployedWar}. The
 * server is shared, so each test starts from what a new boot gives: an empty database, which makes the
 * console ask to be set up, and the sandbox back at its seed (no faults, settings or recorded calls).
 */
public abstract class FreshServer {

  protected final String base = Deployments.localBase();

  @BeforeEach
  void freshConsoleAndSandbox() {
    TestDatabase.reset();
    new SandboxControl(base).reset();
  }
}
