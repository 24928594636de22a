package com.slackadmin.connections.audit.control;

import com.slackadmin.connections.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every {@link AuditEvent}, and reads a connection's trail back for the console and the API. The
 * entry is written in its own transaction so that a use that fails, and rolls back, is still recorded.
 *
 * <p>Reading does not check who may see the trail: callers first find the connection through the
 * connection feature's visibility rule, and ask for the trail of a connection they may see.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext
  EntityManager em;

  @Inject
  Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(@Observes AuditEvent event) {
    append(event);
  }

  /**
   * Writes the entry in the caller's transaction, for a caller that stores more with it and commits once; it is
   * lost if that transaction rolls back, so such a caller falls back on firing the event.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(AuditEvent event) {
    em.persist(new AuditEntry(clock.instant(), event.consoleUserId(), event.consoleUsername(), event.connectionId(),
        event.connectionNickname(), event.action(), event.target(), event.outcome(), event.slackError(),
        event.durationMs()));
  }

  /**
   * Uses of each of the given connections since {@code since} (connections without any are left out): one query
   * for a whole page of connections, read from the index of connection, time and action alone. Who made the last
   * use is kept on the connection itself.
   */
  public Map<Long, Long> usesSince(Collection<Long> connectionIds, Instant since) {
    Map<Long, Long> counts = new HashMap<>();
    if (connectionIds.isEmpty()) {
      return counts;
    }
    em.createQuery("select e.connectionId, count(e) from AuditEntry e where e.connectionId in :ids"
        + " and e.occurredAt >= :since and e.action not in :lifecycle group by e.connectionId", Object[].class)
        .setParameter("ids", connectionIds)
        .setParameter("since", since)
        .setParameter("lifecycle", AuditEvent.LIFECYCLE)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  /** One page (counted from 1, clamped to the last) of a connection's trail, newest first. */
  public AuditPage ofConnection(long connectionId, int page) {
    long total = em.createNamedQuery(AuditEntry.COUNT_OF_CONNECTION, Long.class)
        .setParameter("connectionId", connectionId)
        .getSingleResult();
    int number = Math.min(Math.max(1, page), AuditPage.lastNumber(total, AuditPage.SIZE));
    List<AuditEntry> entries = em.createNamedQuery(AuditEntry.OF_CONNECTION, AuditEntry.class)
        .setParameter("connectionId", connectionId)
        .setFirstResult((number - 1) * AuditPage.SIZE)
        .setMaxResults(AuditPage.SIZE)
        .getResultList();
    return new AuditPage(entries, number, AuditPage.SIZE, total);
  }
}
