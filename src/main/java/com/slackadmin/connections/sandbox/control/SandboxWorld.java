package com.slackadmin.connections.sandbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;

/**
 * The sandbox's whole in-memory Slack: directory, tokens and browser sign-ins. One lock guards it all:
 * every request is short and in memory, so a single lock costs nothing and rules out half-applied changes
 * (a role changed while SCIM checks it). Rebuilt from the seed at start and on reset, with as many generated
 * Members as the settings ask for.
 */
@ApplicationScoped
public class SandboxWorld {

  /** The parts of the world, handed to code that runs under the lock. */
  public record State(Directory directory, TokenBook tokens, BrowserSessions browsers) {}

  @Inject
  Clock clock;

  @Inject
  SandboxSettings settings;

  private State state;

  @PostConstruct
  void seed() {
    reset();
  }

  public synchronized void reset() {
    state = new State(SeedData.build(settings.getSeedUsers()), new TokenBook(clock), new BrowserSessions());
  }

  /** Runs {@code work} under the world's lock; it must not block or wait. */
  public synchronized <T> T apply(Function<State, T> work) {
    return work.apply(state);
  }

  public Clock clock() {
    return clock;
  }
}
