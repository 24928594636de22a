package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.ConnectionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The health sweep's reads and claims. A check is claimed with one conditional UPDATE (a lease with an expiry)
 * that also asks again whether the connection is due, so that of several nodes sweeping at once exactly one
 * checks it, and a node that died holding it gives it up when its lease runs out. The due condition here is
 * {@link VerificationDueRule}'s, in JPQL.
 */
@ApplicationScoped
@Transactional
public class HealthStore {

  private static final String DUE = "c.status <> :gone and (c.lastCheckedAt is null or c.lastCheckedAt <= :cutoff)"
      + " and (c.healthLeaseUntil is null or c.healthLeaseUntil < :now)";

  @PersistenceContext
  EntityManager em;

  /** A connection due for a check, with what pacing it needs: its Slack org, and whether its plan is asked. */
  public record Due(long id, String enterpriseId, String teamId) {

    /** The org whose rate budget its calls count against (as {@code SlackConnection.scimOrg()}). */
    String org() {
      return enterpriseId != null ? enterpriseId : teamId;
    }

    /** The Web API methods its check calls: the plan is asked of standalone workspaces only. */
    List<String> methods() {
      return enterpriseId == null ? List.of("users.info", "team.billing.info") : List.of("users.info");
    }
  }

  /**
   * Up to {@code max} connections due and unclaimed, the longest unverified first. Read outside a transaction: the look, every few
   * seconds on every node, commits nothing (a claim does).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Due> due(Instant cutoff, Instant now, int max) {
    TypedQuery<Object[]> query = em.createQuery("select c.id, c.enterpriseId, c.teamId from SlackConnection c where "
        + DUE + " order by c.lastCheckedAt asc nulls first, c.id", Object[].class);
    return bindDue(query, cutoff, now).setMaxResults(max).getResultStream()
        .map(row -> new Due((Long) row[0], (String) row[1], (String) row[2])).toList();
  }

  /** Claims the connection for this check if it is still due and unclaimed; false when someone else has it. */
  public boolean claim(long id, Instant cutoff, Instant now, Instant until, String holder) {
    return bindDue(em.createQuery("update SlackConnection c set c.healthLeaseUntil = :until,"
        + " c.healthLeaseHolder = :holder where c.id = :id and " + DUE), cutoff, now)
        .setParameter("until", until)
        .setParameter("holder", holder)
        .setParameter("id", id)
        .executeUpdate() == 1;
  }

  /** Gives up a claim once its check is stored; a later claim by another holder is left alone. */
  public void release(long id, String holder) {
    em.createQuery("update SlackConnection c set c.healthLeaseUntil = null, c.healthLeaseHolder = null"
        + " where c.id = :id and c.healthLeaseHolder = :holder")
        .setParameter("id", id)
        .setParameter("holder", holder)
        .executeUpdate();
  }

  private static <Q extends Query> Q bindDue(Q query, Instant cutoff, Instant now) {
    query.setParameter("gone", ConnectionStatus.REAUTHORIZATION_REQUIRED)
        .setParameter("cutoff", cutoff)
        .setParameter("now", now);
    return query;
  }
}
