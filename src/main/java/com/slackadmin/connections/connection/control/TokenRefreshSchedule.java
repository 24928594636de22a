package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps idle connections alive when Slack rotates tokens: every minute, tokens expiring within 15 minutes
 * are refreshed, so a connection does not depend on being used (or failing) to be refreshed.
 */
@ApplicationScoped
public class TokenRefreshSchedule {

  static final Duration HORIZON = Duration.ofMinutes(15);
  private static final Logger LOG = Logger.getLogger(TokenRefreshSchedule.class.getName());

  @Resource
  ManagedScheduledExecutorService scheduler;

  @Inject
  ConnectionStore store;

  @Inject
  TokenRefresher refresher;

  @Inject
  Clock clock;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(Starting.WORK) Starting starting) {
    task = scheduler.scheduleWithFixedDelay(this::refreshExpiring, 1, 1, TimeUnit.MINUTES);
  }

  void refreshExpiring() {
    for (Long id : store.expiringBefore(clock.instant().plus(HORIZON))) {
      try {
        refresher.refreshIfDue(id, HORIZON);
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "Refreshing the token of connection {0} failed: {1}",
            new Object[] {id, failed.getClass().getSimpleName()});
      }
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
