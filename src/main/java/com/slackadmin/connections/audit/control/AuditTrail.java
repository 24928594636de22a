package com.slackadmin.connections.audit.control;

import com.slackadmin.connections.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

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
    em.persist(new AuditEntry(clock.instant(), event.consoleUserId(), event.consoleUsername(), event.connectionId(),
        event.connectionNickname(), event.action(), event.target(), event.outcome(), event.slackError(),
        event.durationMs()));
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
