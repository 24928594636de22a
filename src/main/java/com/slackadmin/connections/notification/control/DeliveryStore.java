package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.notification.entity.Delivery;
import com.slackadmin.connections.notification.entity.DeliveryState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries' outbox and log. An attempt is claimed with one conditional UPDATE (a lease with an expiry), so
 * that of several nodes exactly one makes it, and a node that died during it gives it up when the lease runs out;
 * its outcome is stored with another single UPDATE.
 */
@ApplicationScoped
@Transactional
public class DeliveryStore {

  private static final String DUE = "d.state = :pending and d.nextAttemptAt <= :now"
      + " and (d.leaseUntil is null or d.leaseUntil < :now)";

  public static final int LOG_PAGE = 50;

  @PersistenceContext
  EntityManager em;

  /**
   * Deliveries due for an attempt now, the longest waiting first. Read outside a transaction: the look, every few
   * seconds on every node, commits nothing (a claim does).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Long> due(Instant now, int max) {
    return em.createQuery("select d.id from Delivery d where " + DUE + " order by d.nextAttemptAt, d.id", Long.class)
        .setParameter("pending", DeliveryState.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** Claims the delivery for one attempt if it is still due and unclaimed. */
  public boolean claim(long id, Instant now, Instant until) {
    return em.createQuery("update Delivery d set d.leaseUntil = :until where d.id = :id and " + DUE)
        .setParameter("until", until)
        .setParameter("id", id)
        .setParameter("pending", DeliveryState.PENDING)
        .setParameter("now", now)
        .executeUpdate() == 1;
  }

  /** A delivery with its event, to attempt it. */
  public Optional<Delivery> find(long id) {
    return em.createQuery("select d from Delivery d join fetch d.event where d.id = :id", Delivery.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * Stores an attempt's outcome: delivered; or pending again after {@code retryAfter}; or, without one, given up.
   *
   * @param attempts the attempts made, this one included
   */
  public void settle(long id, int attempts, Attempt attempt, Optional<Duration> retryAfter, Instant now) {
    DeliveryState state = attempt.delivered() ? DeliveryState.DELIVERED
        : retryAfter.isPresent() ? DeliveryState.PENDING : DeliveryState.FAILED;
    em.createQuery("update Delivery d set d.state = :state, d.attempts = :attempts, d.nextAttemptAt = :next,"
        + " d.leaseUntil = null, d.lastStatus = :status, d.lastError = :error, d.finishedAt = :finished"
        + " where d.id = :id")
        .setParameter("state", state)
        .setParameter("attempts", attempts)
        .setParameter("next", state == DeliveryState.PENDING ? now.plus(retryAfter.orElseThrow()) : null)
        .setParameter("status", attempt.status())
        .setParameter("error", attempt.error())
        .setParameter("finished", state == DeliveryState.PENDING ? null : now)
        .setParameter("id", id)
        .executeUpdate();
  }

  public void add(Delivery delivery) {
    em.persist(delivery);
  }

  /** One page (from 1) of the delivery log, newest first, with the events. */
  public List<Delivery> log(int page) {
    return em.createQuery("select d from Delivery d join fetch d.event order by d.id desc", Delivery.class)
        .setFirstResult((Math.max(1, page) - 1) * LOG_PAGE)
        .setMaxResults(LOG_PAGE)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(d) from Delivery d", Long.class).getSingleResult();
  }
}
