package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.bulk.entity.RunState;
import com.slackadmin.connections.card.entity.Card;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

/**
 * A run's changes of state, each recorded in its connection's audit trail with who made it and the run's
 * counts at that moment. A change that another request or the worker made first is not recorded twice.
 */
@ApplicationScoped
class BulkEvents {

  @Inject
  BulkRunStore store;

  @Inject
  Event<AuditEvent> audit;

  @Inject
  Event<BulkRunNotice> notices;

  @Inject
  Clock clock;

  void started(BulkRun run, ConsoleUser by) {
    record(run, by, "bulk-run-started", Progress.rows(run.getRowCount()) + (run.isDryRun() ? ", dry run" : ""));
  }

  boolean pause(long runId, String reason) {
    return move(runId, EnumSet.of(RunState.RUNNING), RunState.PAUSED, reason, null, "bulk-run-paused");
  }

  boolean pausedBy(long runId, ConsoleUser by) {
    return move(runId, EnumSet.of(RunState.RUNNING), RunState.PAUSED, "Paused by " + by.getUsername() + ".", by,
        "bulk-run-paused");
  }

  boolean resume(long runId, ConsoleUser by) {
    return move(runId, EnumSet.of(RunState.PAUSED), RunState.RUNNING, null, by, "bulk-run-resumed");
  }

  boolean cancel(long runId, String reason, ConsoleUser by) {
    if (!move(runId, EnumSet.of(RunState.RUNNING, RunState.PAUSED), RunState.CANCELLED, reason, by,
        "bulk-run-cancelled")) {
      return false;
    }
    store.skipRest(runId, clock.instant());
    return true;
  }

  void finish(long runId) {
    move(runId, EnumSet.of(RunState.RUNNING), RunState.FINISHED, null, null, "bulk-run-finished");
  }

  private boolean move(long runId, EnumSet<RunState> from, RunState to, String reason, ConsoleUser by,
      String action) {
    if (!store.move(runId, from, to, reason, clock.instant())) {
      return false;
    }
    store.find(runId).ifPresent(run -> record(run, by, action, counts(run) + (reason == null ? "" : "; " + reason)));
    return true;
  }

  private String counts(BulkRun run) {
    Map<RowState, Long> counts = store.counts(run.getId());
    return Progress.rows(run.getRowCount()) + ": " + counts.get(RowState.DONE) + " done, "
        + counts.get(RowState.REFUSED)
        + " refused, " + counts.get(RowState.FAILED) + " failed, " + counts.get(RowState.SKIPPED) + " skipped";
  }

  private void record(BulkRun run, ConsoleUser by, String action, String summary) {
    if (run.getConnectionId() == null) {
      return; // the connection is gone; the run keeps its own record
    }
    AuditEvent.Subject subject = by == null ? AuditEvent.bySystem(run.getConnectionId(), run.getConnectionName())
        : AuditEvent.by(by, run.getConnectionId(), run.getConnectionName());
    String title = Card.named(run.getCard()).map(Card::getTitle).orElse(run.getCard());
    String target = "bulk run " + run.getId() + ", " + title + ": " + summary;
    String recorded = target.length() > 255 ? target.substring(0, 252) + "..." : target;
    audit.fire(subject.changed(action, recorded));
    if (action.equals("bulk-run-finished") || action.equals("bulk-run-paused")) {
      notices.fire(new BulkRunNotice(run.getId(), run.getConnectionId(), run.getConnectionName(),
          action.equals("bulk-run-finished"), by == null ? null : by.getUsername(), recorded));
    }
  }
}
