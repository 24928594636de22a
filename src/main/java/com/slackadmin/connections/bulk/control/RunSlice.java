package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.bulk.entity.BulkRow;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.bulk.entity.RunState;
import com.slackadmin.connections.card.control.CardActions;
import com.slackadmin.connections.card.control.UserTargets;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.UseGate;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.ScimAccess;
import com.slackadmin.connections.slack.entity.ScimRefusal;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackOutcomeUnknownException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One stretch of a bulk run between two checks of the use gate: the gate has just confirmed that the
 * connection's account still holds its role; this does rows until {@link BulkSettings#checkInterval()} has
 * passed, Slack refuses the token (401/403: the gate checks again at once), the run is paused or cancelled,
 * or no row is left. Each row's state is committed before its SCIM call and after it.
 */
final class RunSlice implements UseGate.Use<RunSlice.End> {

  /** Why a slice ended. */
  enum End {
    /** No row is left to do. */
    FINISHED,
    /** The time between two checks is up; the run goes on after the next one. */
    TIME_UP,
    /** Slack refused the token for a row: check the connection now. */
    RECHECK,
    /** The run was paused or cancelled, or the server is stopping. */
    HELD
  }

  /** What the slice uses; one per worker. {@code node}: this node, which must hold the run's lease. */
  record Tools(BulkRunStore store, CardActions actions, RowReconciler reconciler, SlackGateway slack,
      Rosters rosters, UserTargets targets, BulkSettings settings, Clock clock, String node) {}

  private static final int ROWS_AT_ONCE = 20;
  static final Duration STATE_CHECK = Duration.ofMillis(500);

  private final BulkRun run;
  private final Card card;
  private final Tools tools;
  private final BooleanSupplier stopping;
  private Instant stateCheckedAt;
  private boolean running;
  private boolean leaseLost;

  RunSlice(BulkRun run, Card card, Tools tools, BooleanSupplier stopping) {
    this.run = run;
    this.card = card;
    this.tools = tools;
    this.stopping = stopping;
  }

  @Override
  public String action() {
    return card.getName();
  }

  @Override
  public String prepare() {
    return "bulk run " + run.getId() + (run.isDryRun() ? " (dry run)" : "");
  }

  @Override
  public End run(VerifiedConnection connection) {
    ScimAccess access = connection.scimAccess(tools.settings().patience());
    Roster roster = tools.rosters().of(run, connection);
    Instant deadline = tools.clock().instant().plus(tools.settings().checkInterval());
    settleInFlight(connection, access, roster);
    while (tools.clock().instant().isBefore(deadline)) {
      List<BulkRow> rows = tools.store().next(run.getId(), RowState.PENDING, ROWS_AT_ONCE);
      if (rows.isEmpty()) {
        // this slice settles each row it sends before the next; a row still in flight was left by an earlier
        // holder of the run (a crash, or a slice that had not yet seen a pause when the run was resumed)
        if (settleInFlight(connection, access, roster) == 0) {
          return End.FINISHED;
        }
        continue;
      }
      for (BulkRow row : rows) {
        if (stopping.getAsBoolean() || leaseLost || !stillRunning()) {
          return End.HELD;
        }
        if (!doRow(row, connection, access, roster)) {
          return End.RECHECK;
        }
        if (!tools.clock().instant().isBefore(deadline)) {
          break;
        }
      }
    }
    return End.TIME_UP;
  }

  /**
   * Whether nobody paused or cancelled the run: read from the database at most every {@link #STATE_CHECK} (and
   * when a row could not be taken), so a fast run does not add a read per row. No row is taken once a pause is
   * stored ({@link BulkRunStore#takeRow}); this only ends the stretch.
   */
  private boolean stillRunning() {
    Instant now = tools.clock().instant();
    if (stateCheckedAt == null || !now.isBefore(stateCheckedAt.plus(STATE_CHECK))) {
      running = tools.store().state(run.getId()) == RunState.RUNNING;
      stateCheckedAt = now;
    }
    return running;
  }

  /** @return how many rows were in flight, each now done or pending again */
  private int settleInFlight(VerifiedConnection connection, ScimAccess access, Roster roster) {
    List<BulkRow> inFlight = tools.store().next(run.getId(), RowState.IN_FLIGHT, Integer.MAX_VALUE);
    for (BulkRow row : inFlight) {
      settleInFlight(row, connection, access, roster);
    }
    return inFlight.size();
  }

  /**
   * A row whose call was sent before a crash or a lost answer: done if Slack shows its change made, else
   * back to pending, to be sent again.
   */
  private void settleInFlight(BulkRow row, VerifiedConnection connection, ScimAccess access, Roster roster) {
    RowRules.Decision decision = decide(row, connection, roster);
    Instant now = tools.clock().instant();
    if (!decision.refused() && tools.reconciler().alreadyDone(decision.plan(), access)) {
      tools.store().moveRow(run.getId(), row.getLine(), RowState.IN_FLIGHT, RowState.DONE, decision.target(),
          "ok", "Done: Slack already shows this change (its answer had not been stored).", false, now);
    } else {
      tools.store().moveRow(run.getId(), row.getLine(), RowState.IN_FLIGHT, RowState.PENDING, null, null, null,
          false, now);
    }
  }

  /** @return false when Slack refused the token: the gate must check the connection before the next row */
  private boolean doRow(BulkRow row, VerifiedConnection connection, ScimAccess access, Roster roster) {
    long runId = run.getId();
    int line = row.getLine();
    RowRules.Decision decision;
    try {
      decision = decide(row, connection, roster);
    } catch (SlackException unreadable) {
      tools.store().moveRow(runId, line, RowState.PENDING, RowState.FAILED, null, "slack_error",
          "Slack did not tell the target's role: " + unreadable.getMessage(), false, tools.clock().instant());
      return true;
    }
    if (decision.refused()) {
      tools.store().moveRow(runId, line, RowState.PENDING, RowState.REFUSED, decision.target(),
          decision.refusal(), decision.message(), false, tools.clock().instant());
      return true;
    }
    if (run.isDryRun()) {
      tools.store().moveRow(runId, line, RowState.PENDING, RowState.DONE, decision.target(), "dry_run",
          "Would " + card.getTitle().toLowerCase(java.util.Locale.ROOT) + ": " + decision.target() + ".", false,
          tools.clock().instant());
      return true;
    }
    if (!tools.store().takeRow(runId, line, tools.node(), decision.target())) {
      // not pending any more, paused or cancelled, or taken over by another node (this one stalled past its
      // lease): the next row reads the run's state at once rather than trying every row left
      leaseLost = !tools.store().holds(runId, tools.node());
      stateCheckedAt = null;
      return true;
    }
    int attempts = row.getAttempts() + 1;
    try {
      tools.actions().run(decision.plan(), access);
      finish(line, RowState.DONE, "ok", null);
    } catch (ScimRefusal refused) {
      if ((refused.httpStatus() == 401 || refused.httpStatus() == 403) && attempts < 2) {
        back(line, "slack_error", refused.getMessage());
        return false;
      }
      finish(line, RowState.FAILED, "slack_error", UseRefusal.of(refused).explanation());
    } catch (SlackOutcomeUnknownException lost) {
      if (tools.reconciler().alreadyDone(decision.plan(), access)) {
        finish(line, RowState.DONE, "ok", "Done (Slack's answer was lost; Slack shows the change made).");
      } else if (attempts < tools.settings().maxAttempts()) {
        back(line, "outcome_unknown", lost.getMessage());
      } else {
        finish(line, RowState.FAILED, "outcome_unknown", lost.getMessage());
      }
    } catch (SlackException failed) {
      if ("ratelimited".equals(failed.error())) {
        back(line, "rate_limited", failed.getMessage()); // the org's budget is slowed; the row waits its turn
      } else if (failed.transientFailure() && attempts < tools.settings().maxAttempts()) {
        back(line, "slack_unavailable", failed.getMessage());
        pause(tools.settings().backoff(attempts));
      } else {
        finish(line, RowState.FAILED, failed.transientFailure() ? "slack_unavailable" : "slack_error",
            failed.getMessage());
      }
    }
    return true;
  }

  private RowRules.Decision decide(BulkRow row, VerifiedConnection connection, Roster roster) {
    boolean orgWide = connection.connection().getInstallLevel() == InstallLevel.ORG;
    return RowRules.decide(card, RowInputs.of(row), roster, email -> idOf(email, roster, connection),
        connection.connection().getSlackOrganisation(), userId -> lookUp(connection, userId),
        connection.currentRole(), orgWide);
  }

  /**
   * An account named by its email: the roster knows the active ones; Slack is asked ({@link UserTargets}, as for
   * a single card run) when nothing was listed, and for Activate User, which acts on deactivated accounts.
   */
  private Optional<String> idOf(String email, Roster roster, VerifiedConnection connection) {
    return roster.userIdOf(email).or(() -> !roster.listed() || card == Card.ACTIVATE_USER
        ? tools.targets().idOf(connection.scimAccess(tools.settings().patience()), email) : Optional.empty());
  }

  /** An account the roster does not have (new since it was read, or another workspace's): asked one by one. */
  private Optional<SlackIdentity> lookUp(VerifiedConnection connection, String userId) {
    try {
      return Optional.of(tools.slack().identity(connection.accessToken(), userId));
    } catch (SlackException failed) {
      if ("user_not_found".equals(failed.error())) {
        return Optional.empty();
      }
      throw failed;
    }
  }

  private void finish(int line, RowState state, String outcome, String message) {
    tools.store().moveRow(run.getId(), line, RowState.IN_FLIGHT, state, null, outcome, message, false,
        tools.clock().instant());
  }

  /** Back to pending: Slack did nothing (it refused before acting, or was busy); the row is sent again. */
  private void back(int line, String outcome, String message) {
    tools.store().moveRow(run.getId(), line, RowState.IN_FLIGHT, RowState.PENDING, null, outcome, message, false,
        tools.clock().instant());
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
