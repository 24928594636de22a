package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.bulk.entity.BulkRow;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.bulk.entity.RunState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes bulk runs and their rows. Each change of a row is one UPDATE in its own short transaction,
 * guarded by the state it expects, so that a row's progress is on disk before and after its Slack call and a
 * row is never taken twice.
 */
@ApplicationScoped
@Transactional
public class BulkRunStore {

  /** Rows written per flush when a run is created: 10,000 rows in 100 batches, not 10,000 round trips. */
  private static final int BATCH = 200;

  @PersistenceContext
  EntityManager em;

  /**
   * The run and every row, in one transaction: a run is created whole or not at all. It is created held by
   * {@code node} until {@code leaseUntil}: never unheld for a moment, when another node looking for runs nobody
   * holds would take it from the node that was asked to start it.
   */
  public BulkRun create(BulkRun run, List<NewRow> rows, String node, Instant leaseUntil) {
    em.persist(run);
    em.flush();
    em.createQuery("update BulkRun r set r.leaseOwner = :node, r.leaseExpiresAt = :until where r.id = :id")
        .setParameter("node", node)
        .setParameter("until", leaseUntil)
        .setParameter("id", run.getId())
        .executeUpdate();
    int written = 0;
    for (NewRow row : rows) {
      em.persist(new BulkRow(run.getId(), row.line(), row.inputs()));
      if (++written % BATCH == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    return run;
  }

  /** A row as a run is created with it: its CSV line and its inputs as a JSON object. */
  public record NewRow(int line, String inputs) {}

  public Optional<BulkRun> find(long runId) {
    return Optional.ofNullable(em.find(BulkRun.class, runId));
  }

  /** The runs on these connections, newest first. */
  public List<BulkRun> ofConnections(Collection<Long> connectionIds, int limit) {
    if (connectionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select r from BulkRun r where r.connectionId in :ids order by r.id desc", BulkRun.class)
        .setParameter("ids", connectionIds)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Every run, newest first (ADMINs), or those a person started. */
  public List<BulkRun> latest(Long startedBy, int limit) {
    TypedQuery<BulkRun> query = em.createQuery("select r from BulkRun r"
        + (startedBy == null ? "" : " where r.createdBy = :by") + " order by r.id desc", BulkRun.class);
    if (startedBy != null) {
      query.setParameter("by", startedBy);
    }
    return query.setMaxResults(limit).getResultList();
  }

  public RunState state(long runId) {
    List<RunState> states = em.createQuery("select r.state from BulkRun r where r.id = :id", RunState.class)
        .setParameter("id", runId)
        .getResultList();
    return states.isEmpty() ? RunState.CANCELLED : states.get(0);
  }

  /**
   * Moves a run from one of {@code from} to {@code to}, with the reason; false when it was in none of them
   * (another request or the worker moved it first). One conditional UPDATE: a person pausing while the worker
   * finishes the run cannot both win, and neither fails on the other's write.
   */
  public boolean move(long runId, Collection<RunState> from, RunState to, String reason, Instant now) {
    return em.createQuery("update BulkRun r set r.state = :to, r.stateReason = :reason, r.finishedAt = :finished"
        + " where r.id = :id and r.state in :from")
        .setParameter("to", to)
        .setParameter("reason", reason == null ? null : shortened(reason))
        .setParameter("finished", to.isOver() ? now : null)
        .setParameter("id", runId)
        .setParameter("from", from)
        .executeUpdate() == 1;
  }

  /** When the worker first took the run; kept from then on. */
  public void started(long runId, Instant now) {
    em.createQuery("update BulkRun r set r.startedAt = :now where r.id = :id and r.startedAt is null")
        .setParameter("now", now)
        .setParameter("id", runId)
        .executeUpdate();
  }

  /**
   * Takes the run's lease for {@code node} until {@code until}, when it is running and no other node holds an
   * unexpired lease on it. One conditional UPDATE: of two nodes trying at once, one gets it. A node's process
   * started again is another node: it waits, as any would, for its earlier process's leases to expire.
   */
  public boolean claim(long runId, String node, Instant now, Instant until) {
    Query claim = em.createQuery("update BulkRun r set r.leaseOwner = :node, r.leaseExpiresAt = :until"
        + " where r.id = :id and r.state = :running"
        + " and (r.leaseOwner is null or r.leaseOwner = :node or r.leaseExpiresAt < :now)")
        .setParameter("node", node)
        .setParameter("until", until)
        .setParameter("id", runId)
        .setParameter("running", RunState.RUNNING)
        .setParameter("now", now);
    return claim.executeUpdate() == 1;
  }

  /** Extends every lease {@code node} holds to {@code until}; the runs it still holds. */
  public List<Long> renew(String node, Instant until) {
    em.createQuery("update BulkRun r set r.leaseExpiresAt = :until where r.leaseOwner = :node")
        .setParameter("until", until)
        .setParameter("node", node)
        .executeUpdate();
    return em.createQuery("select r.id from BulkRun r where r.leaseOwner = :node", Long.class)
        .setParameter("node", node)
        .getResultList();
  }

  /** Hands the run's lease back, if {@code node} holds it. */
  public void release(long runId, String node) {
    em.createQuery("update BulkRun r set r.leaseOwner = null, r.leaseExpiresAt = null"
        + " where r.id = :id and r.leaseOwner = :node")
        .setParameter("id", runId)
        .setParameter("node", node)
        .executeUpdate();
  }

  /** Hands back every lease {@code node} holds: it is stopping. */
  public int releaseAll(String node) {
    return em.createQuery("update BulkRun r set r.leaseOwner = null, r.leaseExpiresAt = null"
        + " where r.leaseOwner = :node")
        .setParameter("node", node)
        .executeUpdate();
  }

  /** Running runs no node holds: never taken, handed back, or left by a node that stopped renewing. */
  public List<Long> unheld(Instant now) {
    return em.createQuery("select r.id from BulkRun r where r.state = :running"
        + " and (r.leaseOwner is null or r.leaseExpiresAt < :now) order by r.id", Long.class)
        .setParameter("running", RunState.RUNNING)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Takes a pending row for its Slack call ({@code PENDING} to {@code IN_FLIGHT}, one more attempt), only while
   * the run is running and {@code node} holds its lease: once a pause or cancel is stored no further row is sent,
   * and a node whose run was taken over (it stalled past its lease) sends no further row of it.
   *
   * @return false when the row was not pending, the run was paused or cancelled, or it is no longer this node's
   */
  public boolean takeRow(long runId, int line, String node, String target) {
    Query take = em.createQuery("update BulkRow w set w.state = :inFlight,"
        + (target == null ? "" : " w.target = :target,")
        + " w.outcome = null, w.message = null, w.attempts = w.attempts + 1, w.finishedAt = null"
        + " where w.key.runId = :run and w.key.line = :line and w.state = :pending"
        + " and exists (select r.id from BulkRun r where r.id = :run and r.state = :running"
        + " and r.leaseOwner = :node)")
        .setParameter("inFlight", RowState.IN_FLIGHT)
        .setParameter("running", RunState.RUNNING)
        .setParameter("run", runId)
        .setParameter("line", line)
        .setParameter("pending", RowState.PENDING)
        .setParameter("node", node);
    if (target != null) {
      take.setParameter("target", shortened(target, 255));
    }
    return take.executeUpdate() == 1;
  }

  /** Whether {@code node} holds the run's lease now. */
  public boolean holds(long runId, String node) {
    return !em.createQuery("select r.id from BulkRun r where r.id = :id and r.leaseOwner = :node", Long.class)
        .setParameter("id", runId)
        .setParameter("node", node)
        .getResultList().isEmpty();
  }

  /** The next rows to do, in CSV order. */
  public List<BulkRow> next(long runId, RowState state, int limit) {
    return em.createQuery("select w from BulkRow w where w.key.runId = :run and w.state = :state"
        + " order by w.key.line", BulkRow.class)
        .setParameter("run", runId)
        .setParameter("state", state)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Moves a row from {@code from} to {@code to}; false when it was not in {@code from}.
   *
   * @param attempt whether this counts as one more attempt at Slack
   */
  public boolean moveRow(long runId, int line, RowState from, RowState to, String target, String outcome,
      String message, boolean attempt, Instant now) {
    Query update = em.createQuery("update BulkRow w set w.state = :to,"
        + (target == null ? "" : " w.target = :target,")
        + " w.outcome = :outcome, w.message = :message, w.attempts = w.attempts + :attempt,"
        + " w.finishedAt = :finished where w.key.runId = :run and w.key.line = :line and w.state = :from")
        .setParameter("to", to)
        .setParameter("outcome", outcome)
        .setParameter("message", message == null ? null : shortened(message))
        .setParameter("attempt", attempt ? 1 : 0)
        .setParameter("finished", to.isOver() ? now : null)
        .setParameter("run", runId)
        .setParameter("line", line)
        .setParameter("from", from);
    if (target != null) {
      update.setParameter("target", shortened(target, 255));
    }
    return update.executeUpdate() == 1;
  }

  /** Rows not yet done when a run is cancelled. */
  public int skipRest(long runId, Instant now) {
    return em.createQuery("update BulkRow w set w.state = :skipped, w.outcome = 'cancelled', w.finishedAt = :now"
        + " where w.key.runId = :run and w.state = :pending")
        .setParameter("skipped", RowState.SKIPPED)
        .setParameter("now", now)
        .setParameter("run", runId)
        .setParameter("pending", RowState.PENDING)
        .executeUpdate();
  }

  public Map<RowState, Long> counts(long runId) {
    Map<RowState, Long> counts = new EnumMap<>(RowState.class);
    for (RowState state : RowState.values()) {
      counts.put(state, 0L);
    }
    em.createQuery("select w.state, count(w) from BulkRow w where w.key.runId = :run group by w.state",
        Object[].class)
        .setParameter("run", runId)
        .getResultList()
        .forEach(row -> counts.put((RowState) row[0], (Long) row[1]));
    return counts;
  }

  /** Rows finished since {@code since}: the run's recent rate. */
  public long finishedSince(long runId, Instant since) {
    return em.createQuery("select count(w) from BulkRow w where w.key.runId = :run and w.finishedAt >= :since",
        Long.class)
        .setParameter("run", runId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** One page of a run's rows in CSV order, optionally of one state. */
  public List<BulkRow> rows(long runId, RowState state, int first, int max) {
    TypedQuery<BulkRow> query = em.createQuery("select w from BulkRow w where w.key.runId = :run"
        + (state == null ? "" : " and w.state = :state") + " order by w.key.line", BulkRow.class)
        .setParameter("run", runId);
    if (state != null) {
      query.setParameter("state", state);
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** Runs over before {@code cutOff} whose rows are still kept, those over longest first. */
  public List<Long> rowsDue(Instant cutOff, int limit) {
    return em.createQuery("select r.id from BulkRun r where r.state in :over and r.finishedAt < :cutOff"
        + " and r.rowsDeletedAt is null order by r.finishedAt, r.id", Long.class)
        .setParameter("over", RunState.overStates())
        .setParameter("cutOff", cutOff)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Deletes the rows of a run over before {@code cutOff}, keeping their counts per outcome on the run, in one
   * transaction. The run is claimed first by a conditional UPDATE, as a lease is taken: of two nodes deleting at
   * once one does it, the other finds it done; a node that dies midway leaves the transaction undone, not half
   * done, so no lease needs to run out before another node takes it.
   *
   * @return false when the run is not due (rows gone already, or it is not over before the cut-off)
   */
  public boolean deleteRows(long runId, Instant cutOff, int keptDays, Instant now) {
    int claimed = em.createQuery("update BulkRun r set r.rowsDeletedAt = :now, r.rowsKeptDays = :days"
        + " where r.id = :id and r.rowsDeletedAt is null and r.state in :over and r.finishedAt < :cutOff")
        .setParameter("now", now)
        .setParameter("days", keptDays)
        .setParameter("id", runId)
        .setParameter("over", RunState.overStates())
        .setParameter("cutOff", cutOff)
        .executeUpdate();
    if (claimed != 1) {
      return false;
    }
    Map<RowState, Long> counts = counts(runId);
    em.createQuery("update BulkRun r set r.doneCount = :done, r.refusedCount = :refused, r.failedCount = :failed,"
        + " r.skippedCount = :skipped where r.id = :id")
        .setParameter("done", counts.get(RowState.DONE).intValue())
        .setParameter("refused", counts.get(RowState.REFUSED).intValue())
        .setParameter("failed", counts.get(RowState.FAILED).intValue())
        .setParameter("skipped", counts.get(RowState.SKIPPED).intValue())
        .setParameter("id", runId)
        .executeUpdate();
    em.createQuery("delete from BulkRow w where w.key.runId = :run").setParameter("run", runId).executeUpdate();
    return true;
  }

  private static String shortened(String message) {
    return shortened(message, 1024);
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
