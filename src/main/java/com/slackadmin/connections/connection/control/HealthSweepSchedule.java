package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a pass of the {@link HealthSweep} every {@code HEALTH_SWEEP_SCAN_SECONDS}, unless the sweep is off or a
 * pass is still going. The pass runs on the managed executor, not on the scheduler's thread: a pass paced by
 * Slack's limits may take minutes, and the scheduler also keeps tokens fresh ({@link TokenRefreshSchedule}).
 */
@ApplicationScoped
public class HealthSweepSchedule {

  private static final Logger LOG = Logger.getLogger(HealthSweepSchedule.class.getName());

  @Resource
  ManagedScheduledExecutorService scheduler;

  @Resource
  ManagedExecutorService executor;

  @Inject
  HealthSweep sweep;

  @Inject
  HealthSettings settings;

  private final AtomicBoolean sweeping = new AtomicBoolean();
  private ScheduledFuture<?> task;

  void start(@Observes @Priority(Starting.WORK) Starting starting) {
    if (settings.interval().isZero()) {
      LOG.info("The health sweep is off (HEALTH_SWEEP_INTERVAL=0)");
      return;
    }
    long period = settings.scanPeriod().toSeconds();
    task = scheduler.scheduleWithFixedDelay(this::startPass, period, period, TimeUnit.SECONDS);
  }

  private void startPass() {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.submit(ManagedExecutors.managedTask((Runnable) this::pass,
          Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "health sweep"), null));
    } catch (RuntimeException rejected) {
      sweeping.set(false);
      LOG.log(Level.WARNING, "The health sweep could not start: {0}", rejected.toString());
    }
  }

  private void pass() {
    try {
      int checked = sweep.sweep();
      if (checked > 0) {
        LOG.log(Level.FINE, "The health sweep checked {0} connection(s)", checked);
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "A health sweep pass failed; the next one tries again", failed);
    } finally {
      sweeping.set(false);
    }
  }

  @PreDestroy
  void stop() {
    sweep.stop();
    if (task != null) {
      task.cancel(false);
    }
  }
}
