package com.slackadmin.connections.audit.control;

import com.slackadmin.connections.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Records every {@link AuditEvent}. The entry is written in its own transaction so that a use that fails,
 * and rolls back, is still recorded.
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
}
