package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RunState;
import com.slackadmin.connections.card.control.CardActions;
import com.slackadmin.connections.card.control.UserTargets;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.UseGate;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.platform.NotPermittedException;
import com.slackadmin.connections.platform.NotVisibleException;
import com.slackadmin.connections.platform.ShutdownSignal;
import com.slackadmin.connections.platform.Starting;
import com.slackadmin.connections.slack.control.SlackGateway;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Does bulk runs in the background, one task per running run, on the server's managed executor (runs of
 * different orgs go at once; each mostly waits for its org's rate budget). Each stretch of
 * a run passes the use gate ({@link RunSlice}): the retention rule is checked when the run starts, at least
 * every {@link BulkSettings#checkInterval()}, and at once after Slack refuses the token. A refusal of the gate
 * pauses the run with its reason (the gate has marked the connection).
 *
 * <p>In a cluster a run is worked on by one node at a time, the one holding its lease ({@link RunLeases}); a run
 * whose node died or was stopped is taken over by another once the lease expires ({@link LeaseKeeper}). A lone
 * node starting goes on at once with the runs left running by its earlier process.
 */
@ApplicationScoped
public class BulkWorker {

  private static final Logger LOG = Logger.getLogger(BulkWorker.class.getName());
  /** Gate checks that fail for a passing reason (Slack unreachable) before the run pauses. */
  private static final int PASSING_FAILURES = 5;

  @Resource
  ManagedExecutorService executor;

  @Inject
  BulkRunStore store;

  @Inject
  BulkEvents events;

  @Inject
  UseGate gate;

  @Inject
  ConsoleUsers users;

  @Inject
  CardActions actions;

  @Inject
  RowReconciler reconciler;

  @Inject
  SlackGateway slack;

  @Inject
  UserTargets targets;

  @Inject
  Rosters rosters;

  @Inject
  BulkSettings settings;

  @Inject
  RunLeases leases;

  @Inject
  ShutdownSignal shutdown;

  @Inject
  Clock clock;

  private final Set<Long> working = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  void onStart(@Observes @Priority(Starting.WORK) Starting starting) {
    // a run whose lease has not yet expired (this server's earlier process was killed moments ago, or another
    // node works on it) is taken, if still unheld then, at a tick of the LeaseKeeper
    List<Long> taken = leases.unheld().stream().filter(this::take).toList();
    if (!taken.isEmpty()) {
      LOG.log(Level.INFO, "Going on with {0} bulk run(s) left running: {1}", new Object[] {taken.size(), taken});
    }
  }

  /** Starts working on the run unless this node already is, or another node holds it. */
  public void submit(long runId) {
    take(runId);
  }

  /** @return whether this node started working on the run */
  boolean take(long runId) {
    if (stopping() || !working.add(runId)) {
      return false;
    }
    if (!leases.claim(runId)) {
      working.remove(runId);
      return false;
    }
    try {
      // a run takes minutes or hours at Slack's pace: marked long-running, so the server does not report it as
      // a hung task; named after the run in the server's view of its tasks
      executor.submit(ManagedExecutors.managedTask((Runnable) () -> work(runId),
          Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "bulk run " + runId), null));
      return true;
    } catch (RuntimeException rejected) {
      leases.release(runId);
      working.remove(runId);
      throw rejected;
    }
  }

  private void work(long runId) {
    try {
      store.started(runId, clock.instant());
      while (!stopping() && leases.holds(runId) && step(runId)) {
        // one stretch between two gate checks per step
      }
    } catch (RuntimeException failed) {
      if (stopping()) {
        // the server closed the database and the data grid under it: not the run's fault, nothing to pause
        LOG.log(Level.INFO, "Bulk run {0} stops with the server; another node goes on with it", runId);
        return;
      }
      LOG.log(Level.SEVERE, "Bulk run " + runId + " stopped on an error", failed);
      events.pause(runId, "An error stopped the run (" + failed.getClass().getSimpleName() + "); resume it to "
          + "go on, or see the server log.");
    } finally {
      rosters.forget(runId);
      try {
        // handed back before this node stops counting the run as its own: a renewal meanwhile keeps it held
        leases.release(runId);
      } catch (RuntimeException notHandedBack) {
        LOG.log(Level.WARNING, "Bulk run {0} could not be handed back; its lease expires instead", runId);
      } finally {
        working.remove(runId);
      }
    }
    // resumed while this task was ending: it would otherwise wait for the next start
    if (!stopping() && store.state(runId) == RunState.RUNNING) {
      submit(runId);
    }
  }

  /** One stretch of the run; false when the run is over, held or paused. */
  private boolean step(long runId) {
    BulkRun run = store.find(runId).orElse(null);
    if (run == null || run.getState() != RunState.RUNNING) {
      return false;
    }
    if (run.getConnectionId() == null) {
      events.cancel(runId, "The connection was deleted.", null);
      return false;
    }
    ConsoleUser starter = users.findById(run.getCreatedBy()).orElse(null);
    if (starter == null || !starter.isEnabled()) {
      events.pause(runId, run.getCreatedByName() + " can no longer use the console; someone who may use the "
          + "connection can resume the run.");
      return false;
    }
    RunSlice slice = new RunSlice(run, Card.named(run.getCard()).orElseThrow(), tools(),
        () -> stopping() || !leases.holds(runId));
    int passingFailures = 0;
    while (true) {
      try {
        RunSlice.End end = gate.pass(starter, run.getConnectionId(), slice);
        if (end == RunSlice.End.FINISHED) {
          events.finish(runId);
          return false;
        }
        return end != RunSlice.End.HELD;
      } catch (UseRefusal refused) {
        boolean passing = refused.reason() == UseRefusal.Reason.SLACK_UNAVAILABLE
            || refused.reason() == UseRefusal.Reason.RATE_LIMITED;
        if (passing && ++passingFailures < PASSING_FAILURES && !stopping()) {
          sleep(settings.backoff(passingFailures));
          continue;
        }
        events.pause(runId, "Paused: " + refused.getMessage());
        return false;
      } catch (NotPermittedException | NotVisibleException notAllowed) {
        events.pause(runId, "Paused: " + run.getCreatedByName() + " may no longer use this connection. Someone "
            + "who may use it can resume the run.");
        return false;
      }
    }
  }

  /** Stopping: undeployed, or the process asked to stop (which comes first, and closes the database). */
  private boolean stopping() {
    return stopping || shutdown.received();
  }

  private RunSlice.Tools tools() {
    return new RunSlice.Tools(store, actions, reconciler, slack, rosters, targets, settings, clock, leases.node());
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The application stops: no new run or row is taken, rows in flight finish their call, and the runs are handed
   * back, still RUNNING, for another node (or the next start) to go on with at once. On SIGTERM the workers knew
   * earlier ({@link ShutdownSignal}) and handed their runs back while the database pool was still open, if it
   * was; by now Payara Micro has closed it, and a run not handed back is taken over once its lease expires, the
   * row whose call was in flight looked up at Slack before it is sent again.
   */
  @PreDestroy
  void stop() {
    stopping = true;
    Instant deadline = clock.instant().plus(settings.stopWait());
    while (!working.isEmpty() && clock.instant().isBefore(deadline)) {
      sleep(Duration.ofMillis(50));
    }
    try {
      int handedBack = leases.releaseAll();
      if (handedBack > 0 || !working.isEmpty()) {
        LOG.log(Level.INFO, "Stopping: handed back {0} bulk run(s); {1} still had a row in flight",
            new Object[] {handedBack, working.size()});
      }
    } catch (RuntimeException databaseGone) {
      LOG.log(Level.INFO, "Stopping: the bulk runs could not be handed back ({0}); their leases expire instead",
          databaseGone.getClass().getSimpleName());
    }
  }
}
