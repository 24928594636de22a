package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.audit.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connections' uses per day over the last {@value #DAYS} days: today and the days before it, in UTC. One read of
 * the audit trail for a whole page of connections; what counts as a use, and as which outcome, is
 * {@link UseOutcome}'s to say.
 */
@ApplicationScoped
public class ConnectionUsage {

  public static final int DAYS = 30;

  @Inject
  AuditTrail audit;

  @Inject
  Clock clock;

  /** Each given connection's history, an empty one for a connection without uses. */
  public Map<Long, UsageHistory> lastDays(Collection<Long> connectionIds) {
    LocalDate first = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(DAYS - 1L);
    Map<Long, UsageHistory.Tally> tallies = new HashMap<>();
    connectionIds.forEach(id -> tallies.put(id, new UsageHistory.Tally(first, DAYS)));
    audit.usesPerDay(connectionIds, first.atStartOfDay(ZoneOffset.UTC).toInstant(), DAYS, UseOutcome.NOT_USES)
        .forEach(row -> tallies.get(row.connectionId()).add(row.day(), row.outcome(), row.count()));
    Map<Long, UsageHistory> histories = new HashMap<>();
    tallies.forEach((id, tally) -> histories.put(id, tally.history()));
    return histories;
  }

  public UsageHistory lastDays(long connectionId) {
    return lastDays(List.of(connectionId)).get(connectionId);
  }
}
