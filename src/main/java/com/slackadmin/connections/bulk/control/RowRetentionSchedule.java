package com.slackadmin.connections.bulk.control;

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
 * Starts a {@link RowRetentionPass} every {@code BULK_RETENTION_SCAN_SECONDS} on every node, unless one is still
 * going; the passes of the nodes of a cluster claim each run before deleting its rows. The pass runs on the
 * managed executor, not on the scheduler's thread, which also keeps tokens fresh.
 */
@ApplicationScoped
public class RowRetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RowRetentionSchedule.class.getName());

  @Resource
  ManagedScheduledExecutorService scheduler;

  @Resource
  ManagedExecutorService executor;

  @Inject
  RowRetentionPass retention;

  @Inject
  RowRetentionSettings settings;

  private final AtomicBoolean passing = new AtomicBoolean();
  private ScheduledFuture<?> task;

  void start(@Observes @Priority(Starting.WORK) Starting starting) {
    long period = settings.scanPeriod().toSeconds();
    task = scheduler.scheduleWithFixedDelay(this::startPass, period, period, TimeUnit.SECONDS);
  }

  private void startPass() {
    if (!passing.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.submit(ManagedExecutors.managedTask((Runnable) this::pass,
          Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "bulk row retention"), null));
    } catch (RuntimeException rejected) {
      passing.set(false);
      LOG.log(Level.WARNING, "The bulk row retention pass could not start: {0}", rejected.toString());
    }
  }

  private void pass() {
    try {
      int runs = retention.pass();
      if (runs > 0) {
        LOG.log(Level.INFO, "Deleted the rows of {0} finished bulk run(s) past their retention", runs);
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "A bulk row retention pass failed; the next one tries again", failed);
    } finally {
      passing.set(false);
    }
  }

  @PreDestroy
  void stop() {
    retention.stop();
    if (task != null) {
      task.cancel(false);
    }
  }
}
