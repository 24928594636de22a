package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.NotPermittedException;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.connection.control.ConnectionAccess.Action;
import com.slackadmin.connections.connection.entity.ConnectionShare;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads and writes connections and their shares. Every read on behalf of a person goes through
 * {@link ConnectionAccess}; nothing is cached between requests, so an unshare or a role change takes effect
 * on the very next request, through the console and API tokens alike.
 */
@ApplicationScoped
@Transactional
public class ConnectionStore {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext
  EntityManager em;

  /**
   * A connection the user may see: their own, one shared with them, or any for an ADMIN. Empty otherwise, so
   * callers answer 404 and reveal nothing about connections of others.
   */
  public Optional<SlackConnection> findVisible(ConsoleUser user, long id) {
    SlackConnection connection = em.find(SlackConnection.class, id);
    if (connection == null || !allows(user, connection, Action.VIEW)) {
      return Optional.empty();
    }
    return Optional.of(connection);
  }

  /**
   * A connection the user may do {@code action} with.
   *
   * @throws ConnectionNotFoundException when the user may not even see it (404, no hint)
   * @throws NotPermittedException when they see it but may not do this (403)
   */
  public SlackConnection require(ConsoleUser user, long id, Action action) {
    SlackConnection connection = findVisible(user, id).orElseThrow(ConnectionNotFoundException::new);
    if (!allows(user, connection, action)) {
      throw new NotPermittedException(refusal(user, connection, action));
    }
    return connection;
  }

  /** A connection its owner or an ADMIN may change (rename, reauthorize, delete); see {@link #require}. */
  public SlackConnection requireManageable(ConsoleUser user, long id) {
    return require(user, id, Action.RENAME);
  }

  /** What {@link ConnectionAccess} says for this user and connection. */
  public boolean allows(ConsoleUser user, SlackConnection connection, Action action) {
    boolean owner = connection.getOwner().getId().equals(user.getId());
    boolean sharee = !owner && isSharedWith(connection.getId(), user.getId());
    return user.isEnabled() && ConnectionAccess.allows(user.getRole(), owner, sharee, action);
  }

  public boolean isSharedWith(long connectionId, long userId) {
    return em.find(ConnectionShare.class, new ConnectionShare.Key(connectionId, userId)) != null;
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

  /** The teammates a connection is shared with, by username. */
  public List<ConnectionShare> sharesOf(long connectionId) {
    return em.createQuery("select s from ConnectionShare s where s.connection.id = :id order by s.user.username",
            ConnectionShare.class)
        .setParameter("id", connectionId)
        .getResultList();
  }

  /** Shares a connection with a teammate; false when it already was. */
  public boolean share(long connectionId, ConsoleUser teammate, Instant now) {
    if (isSharedWith(connectionId, teammate.getId())) {
      return false;
    }
    em.persist(new ConnectionShare(require(connectionId), em.find(ConsoleUser.class, teammate.getId()), now));
    em.flush();
    return true;
  }

  /** Ends a share; false when there was none. */
  public boolean unshare(long connectionId, long teammateId) {
    ConnectionShare share = em.find(ConnectionShare.class, new ConnectionShare.Key(connectionId, teammateId));
    if (share == null) {
      return false;
    }
    em.remove(share);
    em.flush();
    return true;
  }

  /** For each of these connections that has shares, the usernames it is shared with. */
  public Map<Long, List<String>> shareNamesOf(Collection<Long> connectionIds) {
    Map<Long, List<String>> names = new HashMap<>();
    if (connectionIds.isEmpty()) {
      return names;
    }
    em.createQuery("select s.connection.id, s.user.username from ConnectionShare s where s.connection.id in :ids"
            + " order by s.user.username", Object[].class)
        .setParameter("ids", connectionIds)
        .getResultList()
        .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
    return names;
  }

  /** Which of these connections are shared with the user (as opposed to owned by them, or seen as ADMIN). */
  public Set<Long> idsSharedWith(long userId, Collection<Long> connectionIds) {
    if (connectionIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(em.createQuery("select s.connection.id from ConnectionShare s where s.user.id = :user"
            + " and s.connection.id in :ids", Long.class)
        .setParameter("user", userId)
        .setParameter("ids", connectionIds)
        .getResultList());
  }

  /** How many connections each user owns, for the Teammates page. */
  public Map<Long, Long> countsByOwner() {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery("select c.owner.id, count(c) from SlackConnection c group by c.owner.id", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  /** The ids of the connections a user owns, for transferring them all. */
  public List<Long> idsOwnedBy(long ownerId) {
    return em.createQuery("select c.id from SlackConnection c where c.owner.id = :owner order by c.id", Long.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  /**
   * Gives a connection to a new owner. A share with the new owner ends (owning includes it); other shares
   * stay, so the people who used it keep it.
   */
  public SlackConnection transfer(long connectionId, ConsoleUser newOwner) {
    unshare(connectionId, newOwner.getId());
    return update(connectionId, c -> c.transferTo(em.find(ConsoleUser.class, newOwner.getId())));
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
    return list(owner, ConnectionView.MINE, status, sort, page);
  }

  /**
   * One view of the Connections page: the user's own connections, those shared with them, or (ADMINs only)
   * all of them, optionally of one status, in the given order.
   */
  public Page<SlackConnection> list(ConsoleUser user, ConnectionView view, ConnectionStatus status,
      ConnectionSort sort, int page) {
    if (view == ConnectionView.ALL && user.getRole() != Role.ADMIN) {
      throw new NotPermittedException("Only an ADMIN sees all connections.");
    }
    String where = " from SlackConnection c where " + switch (view) {
      case MINE -> "c.owner = :user";
      case SHARED -> "exists (select s from ConnectionShare s where s.connection = c and s.user = :user)";
      case ALL -> "1 = 1";
    } + (status == null ? "" : " and c.status = :status");
    TypedQuery<SlackConnection> items =
        em.createQuery("select c" + where + " order by " + sort.orderBy, SlackConnection.class);
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    for (TypedQuery<?> query : List.of(items, count)) {
      if (view != ConnectionView.ALL) {
        query.setParameter("user", user);
      }
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

  private static String refusal(ConsoleUser user, SlackConnection connection, Action action) {
    if (user.getRole() == Role.VIEWER) {
      return "A VIEWER cannot create, use, test or change connections.";
    }
    if (action == Action.TRANSFER) {
      return "Only an ADMIN transfers connections.";
    }
    return "Only the owner of \"" + connection.getNickname() + "\" (" + connection.getOwner().getDisplayName()
        + ") or an ADMIN may do that; it is shared with you to view and use.";
  }
}
