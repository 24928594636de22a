package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.ConnectionAccess.Action;
import com.slackadmin.connections.connection.entity.ConnectionShare;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The owner (or an ADMIN) shares a connection with named teammates and ends those shares. A share lets a
 * BUILDER test the connection and run cards with it, and a VIEWER see it and its audit trail
 * ({@link ConnectionAccess}); it never lets anyone rename, reauthorize, share or delete it.
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

  /** The shares of a connection the user may see. */
  public List<ConnectionShare> sharesOf(ConsoleUser user, long connectionId) {
    store.require(user, connectionId, Action.VIEW);
    return store.sharesOf(connectionId);
  }

  /**
   * Shares with the teammate of that username.
   *
   * @throws ConnectionException when there is no such enabled teammate, or it is the owner
   */
  public ConsoleUser share(ConsoleUser actor, long connectionId, String username) {
    SlackConnection connection = store.require(actor, connectionId, Action.SHARE);
    ConsoleUser teammate = users.findByUsername(username == null ? "" : username.trim())
        .filter(ConsoleUser::isEnabled)
        .orElseThrow(() -> new ConnectionException("There is no enabled teammate \"" + username + "\"."));
    if (teammate.getId().equals(connection.getOwner().getId())) {
      throw new ConnectionException(teammate.getDisplayName() + " owns \"" + connection.getNickname()
          + "\" already.");
    }
    if (store.share(connectionId, teammate, clock.instant())) {
      fire(actor, connection, "shared", teammate);
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
    audit.fire(new AuditEvent(actor.getId(), actor.getUsername(), connection.getId(), connection.getNickname(),
        action, teammate.getUsername(), AuditEvent.OK, null, null));
  }
}
