package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.bulk.control.Progress;
import com.slackadmin.connections.bulk.entity.BulkRun;
import java.time.Instant;

/**
 * A bulk run as the JSON API shows it: what it does, where it is, its counts, rate and time left.
 *
 * @param etaSeconds the time left at the last minute's rate; null while held, over, or before a rate is known
 * @param rowsDeletedAt when the rows were deleted after the retention period (the counts stay); null while kept
 */
public record BulkRunJson(long id, Long connectionId, String connectionNickname, String card, boolean dryRun,
    String state, String stateReason, String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
    int rows, long done, long refused, long failed, long skipped, long left, int percent, long ratePerMinute,
    Long etaSeconds, Instant rowsDeletedAt) {

  static BulkRunJson of(Progress progress) {
    BulkRun run = progress.run();
    return new BulkRunJson(run.getId(), run.getConnectionId(), run.getConnectionName(), run.getCard(),
        run.isDryRun(), run.getState().name(), run.getStateReason(), run.getCreatedByName(), run.getCreatedAt(),
        run.getStartedAt(), run.getFinishedAt(), run.getRowCount(), progress.getDone(), progress.getRefused(),
        progress.getFailed(), progress.getSkipped(), progress.getLeft(), progress.getPercent(),
        progress.getRatePerMinute(), progress.getTimeLeft().map(d -> d.toSeconds()).orElse(null),
        run.getRowsDeletedAt());
  }
}
