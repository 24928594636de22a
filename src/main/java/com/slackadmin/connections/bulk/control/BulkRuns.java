package com.slackadmin.connections.bulk.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.bulk.entity.BulkRow;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.platform.NotPermittedException;
import com.slackadmin.connections.platform.NotVisibleException;
import com.slackadmin.connections.platform.api.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk runs as people start, watch and steer them, from the console and the JSON API alike. Who may do what
 * is the connection's: a BUILDER or ADMIN who may use the connection starts, pauses, resumes and cancels its
 * runs; whoever sees the connection sees its runs (a run whose connection was deleted: its starter and ADMINs).
 */
@ApplicationScoped
public class BulkRuns {

  static final int LIST_LIMIT = 200;
  /** The window of the rate shown while a run goes: rows finished in the last minute. */
  static final Duration RATE_WINDOW = Duration.ofMinutes(1);

  @Inject
  BulkRunStore store;

  @Inject
  BulkEvents events;

  @Inject
  BulkWorker worker;

  @Inject
  RunLeases leases;

  @Inject
  ConnectionService connections;

  @Inject
  Clock clock;

  /**
   * Checks the CSV and the person's right to use the connection, stores the run with every row, and starts it
   * in the background. Nothing is stored when the CSV is refused.
   *
   * @throws CsvException naming the line and column of the first problem
   * @throws BulkRunRefusedException when the card cannot run in bulk
   */
  public BulkRun start(ConsoleUser user, long connectionId, Card card, CsvTable table, boolean dryRun) {
    SlackConnection connection = connections.require(user, connectionId, Action.RUN_CARD);
    if (!BulkCards.takes(card)) {
      throw new BulkRunRefusedException(ErrorCode.VALIDATION_FAILED, "A bulk run takes one of: " + String.join(", ",
          BulkCards.all().stream().map(Card::getName).toList()) + "; not " + card.getName() + ".");
    }
    List<BulkRunStore.NewRow> rows = new ArrayList<>(table.rows().size());
    for (CsvTable.Row row : table.rows()) {
      JsonObjectBuilder inputs = JSON.createObjectBuilder();
      row.values().forEach(inputs::add);
      rows.add(new BulkRunStore.NewRow(row.line(), inputs.build().toString()));
    }
    BulkRun run = store.create(new BulkRun(connectionId, connection.getNickname(), connection.scimOrg(),
        card.getName(), dryRun, user.getId(), user.getUsername(), clock.instant(), rows.size()), rows,
        leases.node(), leases.firstExpiry());
    events.started(run, user);
    worker.submit(run.getId());
    return run;
  }

  /** The CSV columns a card takes in a bulk run, for the form and the API's error messages. */
  public List<String> columns(Card card) {
    return BulkCards.columns(card);
  }

  public CsvTable parse(Card card, byte[] csv) {
    return CsvTable.parse(csv, BulkCards.columns(card), BulkCards.requiredColumns(card));
  }

  /** A run the person may see, with its progress. */
  public Progress progress(ConsoleUser user, long runId) {
    return progressOf(visible(user, runId));
  }

  /** The runs the person may see, newest first. */
  public List<Progress> list(ConsoleUser user) {
    boolean all = ConsoleAccess.maySeeAllConnections(user);
    Map<Long, Boolean> seen = new HashMap<>();
    List<Progress> shown = new ArrayList<>();
    for (BulkRun run : store.latest(null, LIST_LIMIT)) {
      if (all || user.getId().equals(run.getCreatedBy()) || (run.getConnectionId() != null
          && seen.computeIfAbsent(run.getConnectionId(), id -> sees(user, id)))) {
        shown.add(progressOf(run));
      }
    }
    return shown;
  }

  /** One page of the run's rows, in CSV order, optionally of one state. */
  public List<BulkRow> rows(ConsoleUser user, long runId, RowState state, int first, int max) {
    visible(user, runId);
    return store.rows(runId, state, first, max);
  }

  /** @return false when the run was not running */
  public boolean pause(ConsoleUser user, long runId) {
    return events.pausedBy(steerable(user, runId).getId(), user);
  }

  /** @return false when the run was not paused */
  public boolean resume(ConsoleUser user, long runId) {
    BulkRun run = steerable(user, runId);
    if (!events.resume(run.getId(), user)) {
      return false;
    }
    worker.submit(run.getId());
    return true;
  }

  /** @return false when the run was over already */
  public boolean cancel(ConsoleUser user, long runId) {
    return events.cancel(steerable(user, runId).getId(), "Cancelled by " + user.getUsername() + ".", user);
  }

  /** Whether the person may pause, resume and cancel the run: they may use its connection now. */
  public boolean maySteer(ConsoleUser user, BulkRun run) {
    if (run.getConnectionId() == null) {
      return false;
    }
    try {
      connections.require(user, run.getConnectionId(), Action.RUN_CARD);
      return true;
    } catch (NotVisibleException | NotPermittedException notAllowed) {
      return false;
    }
  }

  private BulkRun visible(ConsoleUser user, long runId) {
    BulkRun run = store.find(runId).orElseThrow(() -> new BulkRunNotFoundException(runId));
    boolean mine = user.getId().equals(run.getCreatedBy());
    if (ConsoleAccess.maySeeAllConnections(user) || mine
        || (run.getConnectionId() != null && sees(user, run.getConnectionId()))) {
      return run;
    }
    throw new BulkRunNotFoundException(runId);
  }

  /** A run the person may steer: they may use its connection now. */
  private BulkRun steerable(ConsoleUser user, long runId) {
    BulkRun run = visible(user, runId);
    if (run.getConnectionId() == null) {
      throw new BulkRunRefusedException(ErrorCode.CONFLICT, "The run's connection was deleted; the run cannot go on.");
    }
    connections.require(user, run.getConnectionId(), Action.RUN_CARD);
    return run;
  }

  private boolean sees(ConsoleUser user, long connectionId) {
    try {
      connections.visible(user, connectionId);
      return true;
    } catch (NotVisibleException unseen) {
      return false;
    }
  }

  private Progress progressOf(BulkRun run) {
    // once the rows are deleted after the retention period, the counts they had are kept on the run
    Map<RowState, Long> counts = run.isRowsDeleted() ? run.getKeptCounts() : store.counts(run.getId());
    Instant now = clock.instant();
    long lastMinute = run.getState().isOver() ? 0 : store.finishedSince(run.getId(), now.minus(RATE_WINDOW));
    return new Progress(run, counts, lastMinute, Optional.ofNullable(run.getStartedAt()), now);
  }
}
