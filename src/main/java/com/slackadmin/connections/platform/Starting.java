package com.slackadmin.connections.platform;

/**
 * Fired once by {@link StartupGate} when the application starts, before it serves anything. Features observe
 * it to check their configuration ({@link #CHECK}: throw {@link StartRefusedException} to stop the start) and
 * then to begin their start-up work ({@link #WORK}), in that order, as the observers' {@code @Priority}.
 */
public final class Starting {

  /** Checks run first: a refusal stops the start before any work has begun. */
  public static final int CHECK = 100;
  /** Work that changes data or schedules tasks, once every check has passed. */
  public static final int WORK = 200;
}
