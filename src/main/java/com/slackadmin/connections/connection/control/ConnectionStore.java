package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.connection.entity.ConnectionShare;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.platform.InList;
import com.slackadmin.connections.platform.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and writes connections and their shares. Every read on behalf of a person goes through
 * {@link ConsoleAccess}; nothing is cached between requests, so an unshare or a role change takes effect
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
    return findSeen(user, id).map(Seen::connection);
  }

  /** A connection the user may see, with everything they may do with it: one read, one access decision. */
  public Optional<Seen> findSeen(ConsoleUser user, long id) {
    SlackConnection connection = em.find(SlackConnection.class, id);
    Set<Action> allowed = connection == null ? Set.of() : allowed(user, connection);
    return allowed.contains(Action.VIEW) ? Optional.of(new Seen(connection, allowed)) : Optional.empty();
  }

  /** A connection as one user sees it: the row, and what {@link ConsoleAccess} lets them do with it. */
  public record Seen(SlackConnection connection, Set<Action> allowed) {}

  /**
   * A connection the user may do {@code action} with: one read of the row, one access decision.
   *
   * @throws ConnectionNotFoundException when the user may not even see it (404, no hint)
   * @throws NotPermittedException when they see it but may not do this (403)
   */
  public SlackConnection require(ConsoleUser user, long id, Action action) {
    Seen seen = findSeen(user, id).orElseThrow(() -> new ConnectionNotFoundException(id));
    if (!seen.allowed().contains(action)) {
      throw new NotPermittedException(ConsoleAccess.refusal(user, action, seen.connection().getNickname(),
          seen.connection().getOwner().getDisplayName()));
    }
    return seen.connection();
  }

  private Set<Action> allowed(ConsoleUser user, SlackConnection connection) {
    boolean owner = connection.getOwner().getId().equals(user.getId());
    // the system actor (the health sweep) has no id: it owns nothing and nothing is shared with it
    boolean sharee = !owner && user.getId() != null && isSharedWith(connection.getId(), user.getId());
    Set<Action> allowed = EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      if (ConsoleAccess.allows(user, owner, sharee, action)) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * What the user may do with each of these connections (a page of the Connections page): the same decision as
   * {@link #findSeen}'s, with one read of the shares for them all.
   */
  public Map<Long, Set<Action>> allowedOf(ConsoleUser user, List<SlackConnection> connections) {
    return allowedOf(user, connections, user.getId() == null ? Set.of()
        : idsSharedWith(user.getId(), connections.stream().map(SlackConnection::getId).toList()));
  }

  /** As above, told which of them are shared with the user (read already, for the page). */
  public Map<Long, Set<Action>> allowedOf(ConsoleUser user, List<SlackConnection> connections, Set<Long> shared) {
    Map<Long, Set<Action>> allowed = new HashMap<>();
    for (SlackConnection connection : connections) {
      boolean owner = connection.getOwner().getId().equals(user.getId());
      Set<Action> actions = EnumSet.noneOf(Action.class);
      for (Action action : Action.values()) {
        if (ConsoleAccess.allows(user, owner, !owner && shared.contains(connection.getId()), action)) {
          actions.add(action);
        }
      }
      allowed.put(connection.getId(), actions);
    }
    return allowed;
  }

  public boolean isSharedWith(long connectionId, long userId) {
    return em.find(ConnectionShare.class, new ConnectionShare.Key(connectionId, userId)) != null;
  }

  public SlackConnection require(long id) {
    SlackConnection connection = em.find(SlackConnection.class, id);
    if (connection == null) {
      throw new ConnectionNotFoundException(id);
    }
    return connection;
  }

  public boolean nicknameTaken(ConsoleUser owner, String nickname, Long exceptConnectionId) {
    return em
        .createQuery("select c.id from SlackConnection c where c.owner = :owner and c.nicknameKey = :key", Long.class)
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

  /**
   * Records a use as the connection's last use, with who made it and how it ended ({@code outcome}, as the audit
   * trail records it): one UPDATE that neither reads the row nor checks its version, so concurrent uses of one
   * connection never conflict. A check that found the connection as stored ({@code checkedAt}, else null) is
   * written in the same statement: it costs no write of its own.
   */
  public void markUsed(long id, Instant usedAt, String username, String outcome, Instant checkedAt) {
    Query update = em.createQuery("update SlackConnection c set c.lastUsedAt = :at, c.lastUsedBy = :by,"
        + " c.lastUseOutcome = :outcome"
        + (checkedAt == null ? "" : ", c.lastVerifiedAt = :checked, c.lastCheckedAt = :checked")
        + " where c.id = :id")
        .setParameter("at", usedAt)
        .setParameter("by", username)
        .setParameter("outcome", outcome)
        .setParameter("id", id);
    if (checkedAt != null) {
      update.setParameter("checked", checkedAt);
    }
    update.executeUpdate();
  }

  /** A check that found the connection as stored, made by the system (not a use): one UPDATE, like {@link #markUsed}. */
  public void markVerified(long id, Instant checkedAt) {
    em.createQuery("update SlackConnection c set c.lastVerifiedAt = :checked, c.lastCheckedAt = :checked"
        + " where c.id = :id")
        .setParameter("checked", checkedAt)
        .setParameter("id", id)
        .executeUpdate();
  }

  /**
   * Stores what the check before a use found, contention-free like {@link #markUsed}.
   *
   * @return whether the status changed (so exactly one of several concurrent uses records the change)
   */
  public boolean recordCheck(long id, ConnectionStatus status, String reason, Instant checkedAt) {
    // "last verified" is the last check that found the connection usable; a check that did not only counts
    // as checked, so that the health sweep does not ask again at once
    String when = status == ConnectionStatus.ACTIVE ? "c.lastVerifiedAt = :at, c.lastCheckedAt = :at"
        : "c.lastCheckedAt = :at";
    int changed = em.createQuery("update SlackConnection c set c.status = :status, c.statusReason = :reason, "
        + when + " where c.id = :id and c.status <> :status")
        .setParameter("status", status)
        .setParameter("reason", reason)
        .setParameter("at", checkedAt)
        .setParameter("id", id)
        .executeUpdate();
    if (changed == 0) {
      em.createQuery("update SlackConnection c set c.statusReason = :reason, " + when + " where c.id = :id")
          .setParameter("reason", reason)
          .setParameter("at", checkedAt)
          .setParameter("id", id)
          .executeUpdate();
    }
    return changed > 0;
  }

  /**
   * Stores the authorising account's role as Slack reported it at a check, when it differs from the one stored:
   * the pages then say the same role as the status does.
   */
  public void recordRole(long id, String role) {
    em.createQuery("update SlackConnection c set c.slackUserRole = :role where c.id = :id")
        .setParameter("role", role)
        .setParameter("id", id)
        .executeUpdate();
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
    InList<Long> ids = InList.of("id", List.copyOf(connectionIds));
    ids.bind(em.createQuery("select s.connection.id, s.user.username from ConnectionShare s where s.connection.id in "
        + ids.placeholders() + " order by s.user.username", Object[].class))
        .getResultList()
        .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
    return names;
  }

  /** Which of these connections are shared with the user (as opposed to owned by them, or seen as ADMIN). */
  public Set<Long> idsSharedWith(long userId, Collection<Long> connectionIds) {
    if (connectionIds.isEmpty()) {
      return Set.of();
    }
    InList<Long> ids = InList.of("id", List.copyOf(connectionIds));
    return Set.copyOf(ids.bind(em.createQuery("select s.connection.id from ConnectionShare s where s.user.id = :user"
        + " and s.connection.id in " + ids.placeholders(), Long.class))
        .setParameter("user", userId)
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

  /** One stored access token, encrypted, if any connection exists: to check the key against. */
  public Optional<String> anyAccessTokenCiphertext() {
    return em.createQuery("select c.accessTokenCiphertext from SlackConnection c order by c.id", String.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Connections whose rotating token expires before {@code horizon}, for the background refresher. */
  public List<Long> expiringBefore(Instant horizon) {
    return em.createQuery("select c.id from SlackConnection c where c.tokenExpiresAt is not null"
        + " and c.tokenExpiresAt < :horizon and c.status <> :gone", Long.class)
        .setParameter("horizon", horizon)
        .setParameter("gone", ConnectionStatus.REAUTHORIZATION_REQUIRED)
        .getResultList();
  }

  /**
   * The connections a person may see, most recently used first, at most {@code limit}: all of them for an ADMIN,
   * else their own and those shared with them. For choosing one, where a page of the Connections page is too
   * little and every one of an ADMIN's too much.
   */
  public List<SlackConnection> seenByLastUse(ConsoleUser user, int limit) {
    TypedQuery<SlackConnection> query = em.createQuery("select c from SlackConnection c join fetch c.owner where "
        + seenBy(user) + " order by " + ConnectionSort.LAST_USED.orderBy(false), SlackConnection.class);
    return bindSeenBy(query, user).setMaxResults(limit).getResultList();
  }

  /** Whether the user sees at least one connection of this status. */
  public boolean seesAny(ConsoleUser user, ConnectionStatus status) {
    TypedQuery<Long> query = em.createQuery("select c.id from SlackConnection c where (" + seenBy(user)
        + ") and c.status = :status", Long.class);
    return !bindSeenBy(query, user).setParameter("status", status).setMaxResults(1).getResultList().isEmpty();
  }

  private static String seenBy(ConsoleUser user) {
    return ConsoleAccess.maySeeAllConnections(user) ? "1 = 1"
        : "c.owner = :user or exists (select s from ConnectionShare s where s.connection = c and s.user = :user)";
  }

  private static <T> TypedQuery<T> bindSeenBy(TypedQuery<T> query, ConsoleUser user) {
    return ConsoleAccess.maySeeAllConnections(user) ? query : query.setParameter("user", user);
  }

  /**
   * One view of the Connections page: the user's own connections, those shared with them, or (ADMINs only)
   * all of them, optionally of one status, in the given order.
   *
   * <p>Two steps: the page's ids in order, then those rows with their owners. Ordering and skipping whole rows
   * (two token ciphertexts each) made the database sort every row of the view in memory for each page; the ids
   * come from the narrow indexes instead, and owners are read with the rows instead of one by one.
   */
  public Page<SlackConnection> list(ConsoleUser user, ConnectionView view, ConnectionStatus status,
      ConnectionSort sort, int page) {
    return list(user, view, status, sort, page, Long.MAX_VALUE);
  }

  /**
   * As {@link #list(ConsoleUser, ConnectionView, ConnectionStatus, ConnectionSort, int)}, counting the view only
   * up to {@code countUpTo} connections: past that the page is not {@link Page#counted()}, and is not clamped to
   * the last page. A count reads an index entry per connection (6 ms for 100,000 of one owner's in H2), the
   * page itself 50.
   */
  public Page<SlackConnection> list(ConsoleUser user, ConnectionView view, ConnectionStatus status,
      ConnectionSort sort, int page, long countUpTo) {
    return list(user, view, status, null, sort, page, countUpTo);
  }

  /**
   * As {@link #list(ConsoleUser, ConnectionView, ConnectionStatus, ConnectionSort, int, long)}, only the
   * connections {@code search} finds ({@link ConnectionSearch}; null: all of the view).
   */
  public Page<SlackConnection> list(ConsoleUser user, ConnectionView view, ConnectionStatus status, String search,
      ConnectionSort sort, int page, long countUpTo) {
    if (view == ConnectionView.ALL && !ConsoleAccess.maySeeAllConnections(user)) {
      throw new NotPermittedException("Only an ADMIN sees all connections.");
    }
    List<String> conditions = new ArrayList<>();
    if (view != ConnectionView.ALL) {
      conditions.add(inView(view));
    }
    if (status != null) {
      conditions.add("c.status = :status");
    }
    String q = search == null ? null : ConnectionSearch.pattern(search);
    if (q != null) {
      conditions.add(ConnectionSearch.jpql());
    }
    String where =
        " from SlackConnection c" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    long total = conditions.isEmpty() || countUpTo == Long.MAX_VALUE ? count(where, user, view, status, q)
        : countUpTo(user, view, status, q, countUpTo + 1);
    boolean counted = total <= countUpTo;
    int number = Math.max(1, page);
    if (counted) {
      number = Math.min(number, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }
    TypedQuery<Long> ids = em.createQuery("select c.id" + where + " order by "
        + sort.orderBy(view == ConnectionView.MINE), Long.class);
    bind(ids, user, view, status);
    bindSearch(ids, q);
    List<Long> pageIds = ids.setFirstResult((number - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
    boolean more = pageIds.size() > PAGE_SIZE;
    List<SlackConnection> items = inOrder(more ? pageIds.subList(0, PAGE_SIZE) : pageIds);
    return counted ? new Page<>(items, number, PAGE_SIZE, total)
        : new Page<>(items, number, PAGE_SIZE, countUpTo, false, more);
  }

  // count(*), not count(c): H2 then counts index entries instead of reading each row's id (a third less at 100k),
  // and all connections with no condition from the table's row count
  private long count(String where, ConsoleUser user, ConnectionView view, ConnectionStatus status, String q) {
    TypedQuery<Long> count = em.createQuery("select count(*)" + where, Long.class);
    bind(count, user, view, status);
    bindSearch(count, q);
    return count.getSingleResult();
  }

  /** How many connections the view has, counting no further than {@code limit}. */
  private long countUpTo(ConsoleUser user, ConnectionView view, ConnectionStatus status, String q, long limit) {
    List<String> conditions = new ArrayList<>();
    switch (view) {
      case MINE -> conditions.add("c.owner_id = :user");
      case SHARED -> conditions.add("EXISTS (SELECT 1 FROM connection_share s WHERE s.connection_id = c.id"
          + " AND s.user_id = :user)");
      case ALL -> {
        // every connection
      }
    }
    if (status != null) {
      conditions.add("c.status = :status");
    }
    if (q != null) {
      conditions.add(ConnectionSearch.sql());
    }
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM slack_connection c"
        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " LIMIT :limit) counted")
        .setParameter("limit", limit);
    if (view != ConnectionView.ALL) {
      count.setParameter("user", user.getId());
    }
    if (status != null) {
      count.setParameter("status", status.name());
    }
    if (q != null) {
      count.setParameter("q", q);
    }
    return ((Number) count.getSingleResult()).longValue();
  }

  /**
   * How many connections of one view need attention, by status (only those with any): the Connections page's
   * summary. Read off the status index (V12), as such connections are few.
   */
  public Map<ConnectionStatus, Long> needingAttention(ConsoleUser user, ConnectionView view) {
    if (view == ConnectionView.ALL && !ConsoleAccess.maySeeAllConnections(user)) {
      throw new NotPermittedException("Only an ADMIN sees all connections.");
    }
    InList<ConnectionStatus> attention = InList.of("attention", List.copyOf(ConnectionStatus.NEEDING_ATTENTION));
    TypedQuery<Object[]> counts = attention.bind(em.createQuery("select c.status, count(c) from SlackConnection c"
        + " where " + inView(view) + " and c.status in " + attention.placeholders() + " group by c.status",
        Object[].class));
    bind(counts, user, view, null);
    Map<ConnectionStatus, Long> found = new EnumMap<>(ConnectionStatus.class);
    counts.getResultList()
        .forEach(row -> found.put((ConnectionStatus) row[0], (Long) row[1]));
    return found;
  }

  /**
   * The connections of one view that need attention, by nickname, at most {@code limit}: for the summary to offer
   * what to do beside each. Few among many, read off the status index like {@link #needingAttention}.
   */
  public List<SlackConnection> firstNeedingAttention(ConsoleUser user, ConnectionView view, int limit) {
    if (view == ConnectionView.ALL && !ConsoleAccess.maySeeAllConnections(user)) {
      throw new NotPermittedException("Only an ADMIN sees all connections.");
    }
    InList<ConnectionStatus> attention = InList.of("attention", List.copyOf(ConnectionStatus.NEEDING_ATTENTION));
    TypedQuery<Long> ids = attention.bind(em.createQuery("select c.id from SlackConnection c where " + inView(view)
        + " and c.status in " + attention.placeholders() + " order by c.nicknameKey, c.id", Long.class));
    bind(ids, user, view, null);
    return inOrder(ids.setMaxResults(limit).getResultList());
  }

  private static String inView(ConnectionView view) {
    return switch (view) {
      case MINE -> "c.owner = :user";
      case SHARED -> "exists (select s from ConnectionShare s where s.connection = c and s.user = :user)";
      case ALL -> "1 = 1";
    };
  }

  private static void bind(TypedQuery<?> query, ConsoleUser user, ConnectionView view, ConnectionStatus status) {
    if (view != ConnectionView.ALL) {
      query.setParameter("user", user);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
  }

  private static void bindSearch(TypedQuery<?> query, String q) {
    if (q != null) {
      query.setParameter("q", q);
    }
  }

  private List<SlackConnection> inOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, SlackConnection> byId = new HashMap<>();
    InList<Long> in = InList.of("id", ids);
    in.bind(em.createQuery("select c from SlackConnection c join fetch c.owner where c.id in " + in.placeholders(),
        SlackConnection.class))
        .getResultList()
        .forEach(c -> byId.put(c.getId(), c));
    // a row deleted between the two steps is left out
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
