package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.bulk.control.BulkRunNotice;
import com.slackadmin.connections.connection.control.ConnectionStatusChanged;
import com.slackadmin.connections.notification.entity.EventKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hears what people are told about, once it is committed: a connection's status change or refused token refresh
 * ({@link ConnectionStatusChanged}), a bulk run finishing or pausing ({@link BulkRunNotice}). The notifications are
 * stored on the managed executor, not in the thread that fired the event: a use of a connection, the health sweep
 * or a bulk run never waits for them, nor fails with them.
 */
@ApplicationScoped
public class NotificationListener {

  private static final Logger LOG = Logger.getLogger(NotificationListener.class.getName());

  @Resource
  ManagedExecutorService executor;

  @Inject
  Notifier notifier;

  @Inject
  Clock clock;

  void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConnectionStatusChanged change) {
    EventKind kind = change.cause() == ConnectionStatusChanged.Cause.TOKEN_REFRESH_REFUSED
        ? EventKind.TOKEN_REFRESH_FAILED : EventKind.STATUS_CHANGED;
    tell(new Occurrence(kind, change.connectionId(), change.nickname(), change.slackOrganisation(),
        change.to().name(), change.from() == null ? null : change.from().name(), change.reason(),
        change.slackError(), change.by(), null, clock.instant()));
  }

  void bulkRun(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulkRunNotice notice) {
    EventKind kind = notice.finished() ? EventKind.BULK_RUN_FINISHED : EventKind.BULK_RUN_PAUSED;
    tell(new Occurrence(kind, notice.connectionId(), notice.connectionNickname(), null, null, null, null, null,
        notice.by() == null ? "system" : notice.by(), notice.summary(), clock.instant(), notice.runId()));
  }

  private void tell(Occurrence occurrence) {
    try {
      executor.submit(() -> publish(occurrence));
    } catch (RuntimeException rejected) {
      LOG.log(Level.SEVERE, rejected, () -> "Notifications about " + occurrence + " could not be queued");
    }
  }

  private void publish(Occurrence occurrence) {
    try {
      notifier.publish(occurrence);
    } catch (RuntimeException failed) {
      LOG.log(Level.SEVERE, failed, () -> "Notifications about " + occurrence + " could not be stored");
    }
  }
}
