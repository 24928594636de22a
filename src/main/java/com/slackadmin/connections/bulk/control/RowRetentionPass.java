package com.slackadmin.connections.bulk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One pass of the bulk runs' row retention: deletes the rows of every run over for longer than the retention an
 * ADMIN set ({@link RowRetentionSettings}), each run in its own transaction, keeping the run's counts.
 */
@ApplicationScoped
public class RowRetentionPass {

  @Inject
  BulkRunStore store;

  @Inject
  RowRetentionSettings settings;

  @Inject
  Clock clock;

  private volatile boolean stopping;

  /** Answers how many runs lost their rows. */
  public int pass() {
    int days = settings.days();
    Instant now = clock.instant();
    Instant cutOff = RowRetention.cutOff(now, days);
    int deleted = 0;
    List<Long> due;
    do {
      due = store.rowsDue(cutOff, settings.batch());
      int before = deleted;
      for (Long runId : due) {
        if (stopping) {
          return deleted;
        }
        if (store.deleteRows(runId, cutOff, days, now)) {
          deleted++;
        }
      }
      if (deleted == before) {
        break; // another node took this batch: it takes the rest too, or the next pass does
      }
    } while (due.size() == settings.batch());
    return deleted;
  }

  void stop() {
    stopping = true;
  }
}
