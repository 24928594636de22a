package com.slackadmin.connections.audit.control;

import com.slackadmin.connections.audit.entity.AuditEntry;
import com.slackadmin.connections.platform.InList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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
   * How many entries of each outcome each of the given connections has per day, over {@code days} days of 24
   * hours from {@code from}: one query for a whole page of connections, grouped by the database and read from
   * the index of connection, time, action and outcome alone. Lifecycle events are left out, and so are entries
   * whose outcome is in {@code notUses}: which outcomes are uses is the caller's to say. A day is numbered from
   * 0; days without entries are left out.
   *
   * <p>The day of an entry is found by comparing its time with each day's start, bound as parameters: no day
   * truncation or time zone function of either database (H2, PostgreSQL) is involved, so both count alike.
   */
  public List<DayCount> usesPerDay(Collection<Long> connectionIds, Instant from, int days, Set<String> notUses) {
    if (connectionIds.isEmpty() || days < 1) {
      return List.of();
    }
    StringBuilder day = new StringBuilder("CASE");
    for (int i = 1; i < days; i++) {
      day.append(" WHEN occurred_at < :day").append(i).append(" THEN ").append(i - 1);
    }
    day.append(" ELSE ").append(days - 1).append(" END");
    InList<Long> ids = InList.of("id", List.copyOf(connectionIds));
    InList<String> lifecycle = InList.of("lifecycle", List.copyOf(AuditEvent.LIFECYCLE));
    // an empty NOT IN () is not SQL; no outcome is an empty string
    InList<String> notCounted = InList.of("notUse", notUses.isEmpty() ? List.of("") : List.copyOf(notUses));
    Query query = em.createNativeQuery("SELECT connection_id, day_number, outcome, COUNT(*) FROM ("
        + "SELECT connection_id, outcome, " + day + " AS day_number FROM audit_entry"
        + " WHERE connection_id IN " + ids.placeholders() + " AND occurred_at >= :from AND occurred_at < :until"
        + " AND action NOT IN " + lifecycle.placeholders() + " AND outcome NOT IN " + notCounted.placeholders()
        + ") uses GROUP BY connection_id, day_number, outcome")
        .setParameter("from", from)
        .setParameter("until", from.plus(Duration.ofDays(days)));
    ids.bind(lifecycle.bind(notCounted.bind(query)));
    for (int i = 1; i < days; i++) {
      query.setParameter("day" + i, from.plus(Duration.ofDays(i)));
    }
    List<DayCount> counts = new ArrayList<>();
    for (Object found : query.getResultList()) {
      Object[] row = (Object[]) found;
      counts.add(new DayCount(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2],
          ((Number) row[3]).longValue()));
    }
    return counts;
  }

  /** How many entries of a connection, on day {@code day} of a window, had this outcome. */
  public record DayCount(long connectionId, int day, String outcome, long count) {}

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
