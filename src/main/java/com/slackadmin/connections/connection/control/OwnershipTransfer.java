package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.control.OwnedConnections;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.platform.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ADMIN gives connections to another enabled BUILDER or ADMIN: one connection, or all of a disabled
 * teammate's. The connection keeps its token, shares and audit trail; only its owner changes.
 *
 * <p>Nicknames are unique per owner, so a transfer that would give the new owner two connections of the same
 * nickname is refused with the clashing nicknames named, and nothing moves: renaming silently would surprise
 * the scripts that address connections by nickname. Rename first, then transfer.
 */
@ApplicationScoped
public class OwnershipTransfer implements OwnedConnections {

  @Inject
  ConnectionStore store;

  @Inject
  ConsoleUsers users;

  @Inject
  Event<AuditEvent> audit;

  public SlackConnection transfer(ConsoleUser actor, long connectionId, long newOwnerId) {
    SlackConnection connection = store.require(actor, connectionId, Action.TRANSFER);
    ConsoleUser newOwner = requirePossibleOwner(newOwnerId);
    if (connection.getOwner().getId().equals(newOwner.getId())) {
      throw new ConnectionException(newOwner.getDisplayName() + " owns \"" + connection.getNickname() + "\" already.");
    }
    requireNoClash(List.of(connection), newOwner);
    return move(actor, connection, newOwner);
  }

  /**
   * Transfers every connection of a disabled teammate, all or none.
   *
   * @return how many connections moved
   */
  public int transferAll(ConsoleUser actor, long fromUserId, long newOwnerId) {
    if (!ConsoleAccess.mayTransferConnections(actor)) {
      throw new NotPermittedException("Only an ADMIN transfers connections.");
    }
    ConsoleUser from = users.findById(fromUserId)
        .orElseThrow(() -> new ConnectionException("There is no such teammate."));
    if (from.isEnabled()) {
      throw new ConnectionException("Disable " + from.getDisplayName() + " first, or transfer their connections "
          + "one by one from each connection's page.");
    }
    ConsoleUser newOwner = requirePossibleOwner(newOwnerId);
    List<SlackConnection> connections = new ArrayList<>();
    for (long id : store.idsOwnedBy(fromUserId)) {
      connections.add(store.require(actor, id, Action.TRANSFER));
    }
    requireNoClash(connections, newOwner);
    connections.forEach(c -> move(actor, c, newOwner));
    return connections.size();
  }

  @Override
  public Map<Long, Long> countsByOwner() {
    return store.countsByOwner();
  }

  private SlackConnection move(ConsoleUser actor, SlackConnection connection, ConsoleUser newOwner) {
    String previous = connection.getOwner().getUsername();
    SlackConnection moved = store.transfer(connection.getId(), newOwner);
    audit.fire(AuditEvent.by(actor, moved.getId(), moved.getNickname())
        .changed("transferred", previous + " -> " + newOwner.getUsername()));
    return moved;
  }

  private ConsoleUser requirePossibleOwner(long userId) {
    return users.findById(userId)
        .filter(ConsoleAccess::mayOwnConnections)
        .orElseThrow(() -> new ConnectionException("Connections can only go to an enabled BUILDER or ADMIN."));
  }

  private void requireNoClash(List<SlackConnection> connections, ConsoleUser newOwner) {
    List<String> clashes = connections.stream()
        .filter(c -> store.nicknameTaken(newOwner, c.getNickname(), c.getId()))
        .map(SlackConnection::getNickname)
        .toList();
    if (!clashes.isEmpty()) {
      throw new ConnectionException(newOwner.getDisplayName() + " already has a connection called "
          + String.join(", ", clashes.stream().map(n -> "\"" + n + "\"").toList())
          + " (nicknames are unique per owner). Rename it first; nothing was transferred.");
    }
  }
}
