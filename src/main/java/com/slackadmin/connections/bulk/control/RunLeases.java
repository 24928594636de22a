package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.platform.ThisNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leases on bulk runs that this node holds. A run is worked on by the node holding its lease, one node at a
 * time across a cluster; the holder renews its leases every {@link BulkSettings#leaseTick()}, and a lease left
 * to expire (its node died or stalled) is free for another node to take. The database decides who holds what
 * (conditional UPDATEs, see {@link BulkRunStore#claim}); this keeps what the last renewal found, so that a
 * worker learns without a query that its run was taken from it.
 */
@ApplicationScoped
class RunLeases {

  @Inject
  BulkRunStore store;

  @Inject
  ThisNode node;

  @Inject
  BulkSettings settings;

  @Inject
  Clock clock;

  private final Set<Long> held = ConcurrentHashMap.newKeySet();

  String node() {
    return node.id();
  }

  /**
   * Takes the run's lease if nobody else holds it unexpired.
   *
   * @return whether this node holds it now
   */
  synchronized boolean claim(long runId) {
    Instant now = clock.instant();
    if (!store.claim(runId, node.id(), now, now.plus(settings.lease()))) {
      return false;
    }
    held.add(runId);
    return true;
  }

  /** Until when a run this node creates is held by it, before its worker claims it. */
  Instant firstExpiry() {
    return clock.instant().plus(settings.lease());
  }

  /** Whether this node held the run's lease at the last renewal or claim. */
  boolean holds(long runId) {
    return held.contains(runId);
  }

  /** Extends this node's leases; a run another node took meanwhile is no longer held. */
  synchronized void renew() {
    List<Long> still = store.renew(node.id(), clock.instant().plus(settings.lease()));
    held.retainAll(still);
  }

  void release(long runId) {
    held.remove(runId);
    store.release(runId, node.id());
  }

  /** Hands back every lease: this node is stopping. @return how many it held */
  int releaseAll() {
    held.clear();
    return store.releaseAll(node.id());
  }

  /** Running runs that no node holds now. */
  List<Long> unheld() {
    return store.unheld(clock.instant());
  }
}
