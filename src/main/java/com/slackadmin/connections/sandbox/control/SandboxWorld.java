package com.slackadmin.connections.sandbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox's whole Slack: directory, tokens and browser sign-ins. One lock guards it all: every request is
 * short and in memory, so a single lock costs nothing and rules out half-applied changes (a role changed while
 * SCIM checks it). Built at start from {@link SandboxFile} (or the seed when there is none), rebuilt from the
 * seed on reset, with as many generated Members as the settings ask for.
 *
 * <p>A product being tried keeps its connections across restarts only if the sandbox keeps its tokens and
 * people: each {@link #change} saves the world to the file shortly after, one save for a burst of changes (a
 * bulk run changes thousands of people), and the last save happens at shutdown.
 */
@ApplicationScoped
public class SandboxWorld {

  /** How long a change waits for the ones after it before the world is saved. */
  static final long SAVE_DELAY_MILLIS = 200;
  private static final Logger LOG = Logger.getLogger(SandboxWorld.class.getName());

  /** The parts of the world, handed to code that runs under the lock. */
  public record State(Directory directory, TokenBook tokens, BrowserSessions browsers) {}

  @Inject
  Clock clock;

  @Inject
  SandboxSettings settings;

  @Inject
  SandboxFile file;

  @Resource
  ManagedScheduledExecutorService scheduler;

  private State state;
  private boolean savePending;

  @PostConstruct
  void start() {
    state = file.read().map(this::restored).orElseGet(this::seeded);
  }

  public synchronized void reset() {
    state = seeded();
    saveSoon();
  }

  /** Runs {@code work}, which only reads, under the world's lock; it must not block or wait. */
  public synchronized <T> T apply(Function<State, T> work) {
    return work.apply(state);
  }

  /** Runs {@code work}, which may change the world, under the world's lock, and saves the world soon after. */
  public synchronized <T> T change(Function<State, T> work) {
    try {
      return work.apply(state);
    } finally {
      saveSoon();
    }
  }

  public Clock clock() {
    return clock;
  }

  /** Writes the world to its file now: the last changes, and those of a save that could not be scheduled. */
  @PreDestroy
  void saveNow() {
    synchronized (file) {
      SandboxSnapshot.Copy copy;
      synchronized (this) {
        savePending = false;
        copy = SandboxSnapshot.copy(state);
      }
      file.write(copy.toJson());
    }
  }

  private void saveSoon() {
    if (savePending || scheduler == null) {
      return; // outside a container nothing schedules: saveNow() saves
    }
    savePending = true;
    try {
      scheduler.schedule(this::saveNow, SAVE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      // the save at @PreDestroy takes this change along
    }
  }

  private State seeded() {
    return new State(SeedData.build(settings.getSeedUsers()), new TokenBook(clock), new BrowserSessions());
  }

  private State restored(JsonObject snapshot) {
    try {
      return SandboxSnapshot.restore(snapshot, SeedData.build(settings.getSeedUsers()), clock);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The sandbox starts from its seed: its file " + file.path() + " does not describe"
          + " a world it can rebuild (" + e + ")");
      return seeded();
    }
  }
}
