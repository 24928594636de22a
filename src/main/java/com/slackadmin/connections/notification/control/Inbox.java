package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.notification.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** A person's notifications in the console: a page of them, newest first, how many are unread, marking them read. */
@ApplicationScoped
@Transactional
public class Inbox {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext
  EntityManager em;

  @Inject
  Clock clock;

  /** One page (from 1, clamped to the last) of a person's notifications; getters for the page's EL. */
  public record Page(List<Notification> items, int number, int lastNumber, long total) {

    public List<Notification> getItems() {
      return items;
    }

    public int getNumber() {
      return number;
    }

    public int getLastNumber() {
      return lastNumber;
    }

    public long getTotal() {
      return total;
    }

    public boolean isHasNext() {
      return number < lastNumber;
    }

    public boolean isHasPrevious() {
      return number > 1;
    }
  }

  public Page of(ConsoleUser user, int page) {
    long total = em.createNamedQuery(Notification.COUNT_OF_RECIPIENT, Long.class)
        .setParameter("recipient", user.getId())
        .getSingleResult();
    int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int number = Math.min(Math.max(1, page), last);
    List<Notification> items = em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class)
        .setParameter("recipient", user.getId())
        .setFirstResult((number - 1) * PAGE_SIZE)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
    return new Page(items, number, last, total);
  }

  public long unread(ConsoleUser user) {
    return em.createNamedQuery(Notification.UNREAD_OF_RECIPIENT, Long.class)
        .setParameter("recipient", user.getId())
        .getSingleResult();
  }

  /** Marks every unread notification of the person read; answers how many were. */
  public int markAllRead(ConsoleUser user) {
    return em.createNamedQuery(Notification.MARK_READ)
        .setParameter("at", clock.instant())
        .setParameter("recipient", user.getId())
        .executeUpdate();
  }
}
