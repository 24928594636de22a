package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The life of an existing connection as the console and the API ask for it: finding and listing the
 * connections a person may see, renaming, testing and deleting. Creating and reauthorizing are
 * {@link ConnectionAuthorizations}'; every use goes through the {@link UseGate}. Who may do what is
 * {@code ConsoleAccess}'s decision, asked through the store; the pages never decide.
 */
@ApplicationScoped
public class ConnectionService {

  /** The Test action as the gate runs it: the check before every use, with the plan, and nothing else. */
  private static final UseGate.Use<VerifiedConnection> TEST = new CheckOnly("tested");

  @Inject
  ConnectionStore store;

  @Inject
  UseGate gate;

  @Inject
  Nicknames nicknames;

  @Inject
  SlackGateway slack;

  @Inject
  TokenCipher cipher;

  @Inject
  Event<AuditEvent> audit;

  /** A connection the user may see, for pages and uses that name it. */
  public SlackConnection visible(ConsoleUser user, long connectionId) {
    return store.findVisible(user, connectionId).orElseThrow(() -> new ConnectionNotFoundException(connectionId));
  }

  /** A connection the user may do {@code action} with: 404 if unseen, 403 if only seen. */
  public SlackConnection require(ConsoleUser user, long connectionId, Action action) {
    return store.require(user, connectionId, action);
  }

  /** A connection the user may see, with what they may do with it, for a page to offer only that. */
  public ConnectionStore.Seen seen(ConsoleUser user, long connectionId) {
    return store.findSeen(user, connectionId).orElseThrow(() -> new ConnectionNotFoundException(connectionId));
  }

  /** One page of one view of the connections the user may see. */
  public Page<SlackConnection> list(ConsoleUser user, ConnectionView view, ConnectionStatus status,
      ConnectionSort sort, int page) {
    return store.list(user, view, status, sort, page);
  }

  /** As above, counting the view only up to {@code countUpTo} connections (see {@link Page#counted()}). */
  public Page<SlackConnection> list(ConsoleUser user, ConnectionView view, ConnectionStatus status,
      ConnectionSort sort, int page, long countUpTo) {
    return store.list(user, view, status, sort, page, countUpTo);
  }

  /** As above, only the connections {@code search} finds ({@link ConnectionSearch}; null: all). */
  public Page<SlackConnection> list(ConsoleUser user, ConnectionView view, ConnectionStatus status, String search,
      ConnectionSort sort, int page, long countUpTo) {
    return store.list(user, view, status, search, sort, page, countUpTo);
  }

  /** What the user may do with each connection of a page, for the page to offer only that, as everywhere. */
  public Map<Long, Set<Action>> allowedOf(ConsoleUser user, List<SlackConnection> shown) {
    return store.allowedOf(user, shown);
  }

  /** As above, told which of them are shared with the user (the page has read that already). */
  public Map<Long, Set<Action>> allowedOf(ConsoleUser user, List<SlackConnection> shown, Set<Long> sharedWithUser) {
    return store.allowedOf(user, shown, sharedWithUser);
  }

  /** The first connections of one view that need attention, by nickname. */
  public List<SlackConnection> firstNeedingAttention(ConsoleUser user, ConnectionView view, int limit) {
    return store.firstNeedingAttention(user, view, limit);
  }

  /** How many connections of one view need attention, by status: those with any. */
  public Map<ConnectionStatus, Long> needingAttention(ConsoleUser user, ConnectionView view) {
    return store.needingAttention(user, view);
  }

  public SlackConnection rename(ConsoleUser user, long connectionId, String nickname) {
    SlackConnection connection = store.require(user, connectionId, Action.RENAME);
    String clean = nicknames.requireFree(connection.getOwner(), nickname, connectionId);
    SlackConnection renamed = store.update(connectionId, c -> c.rename(clean));
    audit.fire(AuditEvent.by(user, connectionId, renamed.getNickname()).changed("renamed", null));
    return renamed;
  }

  /** Removes a connection after revoking its token at Slack; true when Slack confirmed the revocation. */
  public boolean delete(ConsoleUser user, long connectionId) {
    SlackConnection connection = store.require(user, connectionId, Action.DELETE);
    boolean revoked = slack.revokeQuietly(cipher.decrypt(connection.getAccessTokenCiphertext()));
    store.remove(connectionId);
    audit.fire(AuditEvent.by(user, connectionId, connection.getNickname())
        .changed("deleted", null, revoked ? AuditEvent.OK : "token_not_revoked"));
    return revoked;
  }

  /**
   * The Test action: the check before every use, and for a standalone workspace its plan, run on request,
   * recorded as a use ({@code tested}) whatever its outcome.
   *
   * @throws UseRefusal when the connection needs attention (its status says so now) or Slack failed
   */
  public VerifiedConnection test(ConsoleUser user, long connectionId) {
    return gate.pass(user, connectionId, TEST);
  }

  /** The connection as it is now, for answering after a use the caller was just allowed. */
  public SlackConnection reread(long connectionId) {
    return store.require(connectionId);
  }
}
