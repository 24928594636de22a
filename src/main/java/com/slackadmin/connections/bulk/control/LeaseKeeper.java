package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@link BulkSettings#leaseTick()}: renews this node's leases on bulk runs, and takes the running runs
 * that no node holds (their node died, or handed them back as it stopped). Every node does this; the lease's
 * conditional UPDATE lets one of them have each run.
 */
@ApplicationScoped
class LeaseKeeper {

  private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

  @Resource
  ManagedScheduledExecutorService scheduler;

  @Inject
  RunLeases leases;

  @Inject
  BulkWorker worker;

  @Inject
  BulkSettings settings;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(Starting.WORK + 10) Starting starting) {
    long tick = settings.leaseTick().toMillis();
    task = scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
  }

  void tick() {
    try {
      leases.renew();
      for (Long runId : leases.unheld()) {
        if (worker.take(runId)) {
          LOG.log(Level.INFO, "Took over bulk run {0}: no node held it", runId);
        }
      }
    } catch (RuntimeException failed) {
      // the database may be restarting: the next tick tries again, and leases not renewed meanwhile expire
      LOG.log(Level.WARNING, "Renewing bulk run leases failed: {0}", failed.toString());
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
