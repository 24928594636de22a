package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.entity.ConnectionShare;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The owner (or an ADMIN) shares a connection with named teammates and ends those shares. A share lets a
 * BUILDER test the connection and run cards with it, and a VIEWER see it and its audit trail
 * ({@link ConsoleAccess}); it never lets anyone rename, reauthorize, share or delete it.
 */
@ApplicationScoped
public class ConnectionSharing {

  @Inject
  ConnectionStore store;

  @Inject
  ConsoleUsers users;

  @Inject
  Clock clock;

  @Inject
  Event<AuditEvent> audit;

  /** The shares of a connection, by username; only a connection the user may see reaches a page. */
  public List<ConnectionShare> sharesOf(SlackConnection visible) {
    return store.sharesOf(visible.getId());
  }

  /** For each of these connections that has shares, the usernames it is shared with. */
  public Map<Long, List<String>> shareNamesOf(Collection<Long> connectionIds) {
    return store.shareNamesOf(connectionIds);
  }

  /** Which of these connections are shared with the user (as opposed to owned by them, or seen as ADMIN). */
  public Set<Long> idsSharedWith(ConsoleUser user, Collection<Long> connectionIds) {
    return store.idsSharedWith(user.getId(), connectionIds);
  }

  /** Who a connection concerns: its owner and the teammates it is shared with. */
  public record Audience(long ownerId, Set<Long> shareeIds) {}

  /** Who to tell about the connection (for notifications); empty once it is gone. */
  public Optional<Audience> audience(long connectionId) {
    try {
      SlackConnection connection = store.require(connectionId);
      Set<Long> sharees = store.sharesOf(connectionId).stream().map(share -> share.getUser().getId())
          .collect(Collectors.toSet());
      return Optional.of(new Audience(connection.getOwner().getId(), sharees));
    } catch (ConnectionNotFoundException gone) {
      return Optional.empty();
    }
  }

  /**
   * Who the connection may be shared with: enabled teammates who are not its owner, do not have it already, and are
   * not ADMINs (who see every connection already: a share would change nothing).
   */
  public List<ConsoleUser> candidates(SlackConnection connection, List<ConnectionShare> shares) {
    Set<Long> excluded = shares.stream().map(share -> share.getUser().getId()).collect(Collectors.toSet());
    return users.enabled().stream().filter(u -> !u.getId().equals(connection.getOwner().getId())
        && !excluded.contains(u.getId()) && u.getRole() != Role.ADMIN).toList();
  }

  /**
   * Shares with the teammates of these usernames, all or none: every name is checked before any share is stored.
   * ADMINs are refused, as they see every connection already.
   *
   * @return the teammates, in the order given, duplicates once
   * @throws ConnectionException when none is named, or one is no enabled teammate, the owner, or an ADMIN
   */
  public List<ConsoleUser> share(ConsoleUser actor, long connectionId, Collection<String> usernames) {
    SlackConnection connection = store.require(actor, connectionId, Action.SHARE);
    Set<String> named = new LinkedHashSet<>();
    if (usernames != null) {
      usernames.stream().filter(name -> name != null && !name.isBlank()).map(String::trim).forEach(named::add);
    }
    if (named.isEmpty()) {
      throw new ConnectionException("Choose at least one teammate to share \"" + connection.getNickname()
          + "\" with.");
    }
    List<ConsoleUser> teammates = new ArrayList<>();
    for (String username : named) {
      teammates.add(shareable(connection, username));
    }
    for (ConsoleUser teammate : teammates) {
      if (store.share(connectionId, teammate, clock.instant())) {
        fire(actor, connection, "shared", teammate);
      }
    }
    return teammates;
  }

  private ConsoleUser shareable(SlackConnection connection, String username) {
    ConsoleUser teammate = users.findByUsername(username)
        .filter(ConsoleUser::isEnabled)
        .orElseThrow(() -> new ConnectionException("There is no enabled teammate \"" + username + "\"."));
    if (teammate.getId().equals(connection.getOwner().getId())) {
      throw new ConnectionException(teammate.getDisplayName() + " owns \"" + connection.getNickname()
          + "\" already.");
    }
    if (teammate.getRole() == Role.ADMIN) {
      throw new ConnectionException(teammate.getDisplayName() + " is an ADMIN and sees every connection already.");
    }
    return teammate;
  }

  /** Ends a share; the teammate loses the connection on their next request, API tokens included. */
  public void unshare(ConsoleUser actor, long connectionId, long teammateId) {
    SlackConnection connection = store.require(actor, connectionId, Action.SHARE);
    ConsoleUser teammate = users.findById(teammateId)
        .orElseThrow(() -> new ConnectionException("There is no such teammate."));
    if (store.unshare(connectionId, teammateId)) {
      fire(actor, connection, "unshared", teammate);
    }
  }

  private void fire(ConsoleUser actor, SlackConnection connection, String action, ConsoleUser teammate) {
    audit.fire(
        AuditEvent.by(actor, connection.getId(), connection.getNickname()).changed(action, teammate.getUsername()));
  }
}
