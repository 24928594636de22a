package com.slackadmin.connections.bulk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.bulk.entity.BulkRow;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.bulk.entity.RunState;
import com.slackadmin.connections.card.control.CardActions;
import com.slackadmin.connections.card.control.CardPlan;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.entity.ScimAccess;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stretch of a run against an in-memory store and Slack: a row another holder left in flight after the stretch
 * began (a crash, or a stretch that had not yet seen a pause when the run was resumed) is settled before the run
 * is called finished, and its call is made once at most; a pause stops the stretch before its next row.
 */
class RunSliceTest {

  private static final long RUN = 7;
  private static final String NODE = "node-a";

  private final Rows rows = new Rows();
  private final Slack slack = new Slack();

  @ParameterizedTest(name = "left in flight, already at Slack: {0}")
  @CsvSource({"false, 1", "true, 0"})
  void aRowLeftInFlightMidStretchIsSettledBeforeTheRunFinishes(boolean alreadyAtSlack, int callsForIt) {
    rows.add(1, 2, 3);
    rows.whenTaken(1, () -> rows.leftInFlight(3)); // after the stretch has looked for rows in flight
    if (alreadyAtSlack) {
      slack.deactivated.add("U3");
    }

    assertEquals(RunSlice.End.FINISHED, slice().run(connection()));

    assertEquals(Map.of(1, RowState.DONE, 2, RowState.DONE, 3, RowState.DONE), rows.states);
    assertEquals(callsForIt, slack.calls.stream().filter("U3"::equals).count());
  }

  @Test
  void rowsInFlightWhenTheStretchBeginsAreSettledFirst() {
    rows.add(1, 2);
    rows.leftInFlight(1);
    slack.deactivated.add("U1");

    assertEquals(RunSlice.End.FINISHED, slice().run(connection()));

    assertEquals(Map.of(1, RowState.DONE, 2, RowState.DONE), rows.states);
    assertEquals(List.of("U2"), slack.calls);
  }

  @Test
  void aPauseStoredMidStretchStopsItBeforeTheNextRow() {
    rows.add(1, 2, 3);
    rows.whenTaken(1, () -> rows.state = RunState.PAUSED);

    assertEquals(RunSlice.End.HELD, slice().run(connection()));

    assertEquals(Map.of(1, RowState.DONE, 2, RowState.PENDING, 3, RowState.PENDING), rows.states);
    assertEquals(List.of("U1"), slack.calls);
  }

  private RunSlice slice() {
    BulkSettings settings = new BulkSettings();
    settings.checkIntervalSeconds = 60;
    RunSlice.Tools tools = new RunSlice.Tools(rows, slack, slack.reconciler(), null, new FixedRoster(), null, settings,
        Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC), NODE);
    return new RunSlice(run(), Card.named("deactivate-user").orElseThrow(), tools, () -> false);
  }

  private static BulkRun run() {
    BulkRun run = new BulkRun(1, "Acme", "T01", "deactivate-user", false, 1, "admin", Instant.EPOCH, 3);
    return withId(run, BulkRun.class, RUN);
  }

  private static VerifiedConnection connection() {
    return new VerifiedConnection(withId(new SlackConnection("Acme", null, Instant.EPOCH), SlackConnection.class,
        1L), "xoxp-test", SlackRole.ADMIN);
  }

  private static <T> T withId(T entity, Class<T> type, Long id) {
    try {
      var field = type.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The run's rows, each a member account {@code U<line>}, kept by state as the store's UPDATEs keep them. */
  private static final class Rows extends BulkRunStore {
    final Map<Integer, RowState> states = new TreeMap<>();
    RunState state = RunState.RUNNING;
    private final Map<Integer, Runnable> onTake = new TreeMap<>();

    void add(int... lines) {
      IntStream.of(lines).forEach(line -> states.put(line, RowState.PENDING));
    }

    void leftInFlight(int line) {
      states.put(line, RowState.IN_FLIGHT);
    }

    void whenTaken(int line, Runnable then) {
      onTake.put(line, then);
    }

    @Override
    public List<BulkRow> next(long runId, RowState state, int limit) {
      List<BulkRow> found = new ArrayList<>();
      states.forEach((line, now) -> {
        if (now == state && found.size() < limit) {
          found.add(new BulkRow(runId, line, "{\"userId\":\"U" + line + "\"}"));
        }
      });
      return found;
    }

    @Override
    public RunState state(long runId) {
      return state;
    }

    @Override
    public boolean holds(long runId, String node) {
      return NODE.equals(node);
    }

    @Override
    public boolean takeRow(long runId, int line, String node, String target) {
      boolean taken = state == RunState.RUNNING
          && moveRow(runId, line, RowState.PENDING, RowState.IN_FLIGHT, target, null, null, true, null);
      onTake.getOrDefault(line, () -> {}).run();
      return taken;
    }

    @Override
    public boolean moveRow(long runId, int line, RowState from, RowState to, String target, String outcome,
        String message, boolean attempt, Instant now) {
      return states.replace(line, from, to);
    }
  }

  /** Slack's side: which accounts are deactivated, and the deactivations asked for, in order. */
  private static final class Slack extends CardActions {
    final Set<String> deactivated = new HashSet<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public Done run(CardPlan plan, ScimAccess access) {
      String userId = plan.inputs().get("userId");
      calls.add(userId);
      deactivated.add(userId);
      return null;
    }

    RowReconciler reconciler() {
      return new RowReconciler() {
        @Override
        boolean alreadyDone(CardPlan plan, ScimAccess access) {
          return deactivated.contains(plan.inputs().get("userId"));
        }
      };
    }
  }

  /** Every row's account is a member, so the Admin connection may deactivate each. */
  private static final class FixedRoster extends Rosters {
    @Override
    Roster of(BulkRun run, VerifiedConnection connection) {
      return new Roster(IntStream.rangeClosed(1, 3).mapToObj(line -> new SlackIdentity("U" + line, "U" + line,
          "u" + line + "@acme.example", false, SlackRole.MEMBER, null, "T01")).toList(), Instant.EPOCH);
    }
  }
}
