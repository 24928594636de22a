package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;

/** Reads connections for the pages that list them. */
@ApplicationScoped
@Transactional
public class ConnectionStore {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext
  EntityManager em;

  /**
   * A connection the user may see: its owner's, or any for an ADMIN. Empty otherwise, so callers answer
   * 404 and reveal nothing about connections of others.
   */
  public Optional<SlackConnection> findVisible(ConsoleUser user, long id) {
    SlackConnection connection = em.find(SlackConnection.class, id);
    if (connection == null) {
      return Optional.empty();
    }
    boolean visible = user.getRole() == Role.ADMIN
        || connection.getOwner().getId().equals(user.getId());
    return visible ? Optional.of(connection) : Optional.empty();
  }

  /** A connection its owner or an ADMIN may change (rename, reauthorize, delete); 404 for anyone else. */
  public SlackConnection requireManageable(ConsoleUser user, long id) {
    return findVisible(user, id).orElseThrow(ConnectionNotFoundException::new);
  }

  public SlackConnection require(long id) {
    SlackConnection connection = em.find(SlackConnection.class, id);
    if (connection == null) {
      throw new ConnectionNotFoundException();
    }
    return connection;
  }

  public boolean nicknameTaken(ConsoleUser owner, String nickname, Long exceptConnectionId) {
    return em.createQuery("select c.id from SlackConnection c where c.owner = :owner and c.nicknameKey = :key", Long.class)
        .setParameter("owner", owner)
        .setParameter("key", SlackConnection.nicknameKey(nickname))
        .getResultStream()
        .anyMatch(id -> !id.equals(exceptConnectionId));
  }

  public SlackConnection add(SlackConnection connection) {
    em.persist(connection);
    em.flush();
    return connection;
  }

  /** Applies a change to the current state of a connection and saves it. */
  public SlackConnection update(long id, Consumer<SlackConnection> change) {
    SlackConnection connection = require(id);
    change.accept(connection);
    em.flush();
    return connection;
  }

  public void remove(long id) {
    em.remove(require(id));
  }

  /** Connections whose rotating token expires before {@code horizon}, for the background refresher. */
  public List<Long> expiringBefore(Instant horizon) {
    return em.createQuery("select c.id from SlackConnection c where c.tokenExpiresAt is not null"
            + " and c.tokenExpiresAt < :horizon and c.status <> :gone", Long.class)
        .setParameter("horizon", horizon)
        .setParameter("gone", ConnectionStatus.REAUTHORIZATION_REQUIRED)
        .getResultList();
  }

  /** The connections a user owns, optionally of one status, in the given order. */
  public Page<SlackConnection> ownedBy(ConsoleUser owner, ConnectionStatus status, ConnectionSort sort, int page) {
    String where = " from SlackConnection c where c.owner = :owner" + (status == null ? "" : " and c.status = :status");
    TypedQuery<SlackConnection> items =
        em.createQuery("select c" + where + " order by " + sort.orderBy, SlackConnection.class);
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    for (TypedQuery<?> query : List.of(items, count)) {
      query.setParameter("owner", owner);
      if (status != null) {
        query.setParameter("status", status);
      }
    }
    long total = count.getSingleResult();
    int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int number = Math.min(Math.max(1, page), last);
    List<SlackConnection> found = items.setFirstResult((number - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    return new Page<>(found, number, PAGE_SIZE, total);
  }
}
