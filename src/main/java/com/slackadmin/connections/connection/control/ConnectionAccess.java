package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.entity.Role;

/**
 * Who may do what with a connection: the one decision every entry point (console, JSON API, action cards)
 * asks, through {@link ConnectionStore#require(com.slackadmin.connections.account.entity.ConsoleUser, long,
 * Action)}. Pure, so that a table of cases in a unit test pins it down.
 *
 * <ul>
 *   <li>{@code ADMIN}: everything, on every connection.</li>
 *   <li>{@code BUILDER}: creates connections; everything but TRANSFER on those they own; on those shared
 *       with them only LIST, VIEW, TEST and RUN_CARD.</li>
 *   <li>{@code VIEWER}: LIST and VIEW (with the audit trail) of connections they own or that are shared with
 *       them; never creates, uses or changes one. (A VIEWER owns a connection only after being demoted.)</li>
 * </ul>
 *
 * <p>How a refusal shows: without VIEW the connection does not exist for the caller (404, no hint); with
 * VIEW but not the action the caller already knows it exists, so the answer is an honest 403.
 */
public final class ConnectionAccess {

  /** Things one does with connections. CREATE concerns no existing connection. */
  public enum Action {
    LIST, VIEW, CREATE, TEST, RUN_CARD, RENAME, REAUTHORIZE, SHARE, DELETE, TRANSFER;

    boolean isLook() {
      return this == LIST || this == VIEW;
    }

    boolean isUse() {
      return this == TEST || this == RUN_CARD;
    }
  }

  private ConnectionAccess() {}

  /**
   * @param role the caller's role (a disabled caller never gets this far: signing in and tokens refuse them)
   * @param owner whether the caller owns the connection (ignored for CREATE)
   * @param sharee whether the connection is shared with the caller (ignored for CREATE)
   */
  public static boolean allows(Role role, boolean owner, boolean sharee, Action action) {
    if (role == Role.ADMIN) {
      return true;
    }
    if (action == Action.CREATE) {
      return role == Role.BUILDER;
    }
    if (action == Action.TRANSFER) {
      return false;
    }
    if (action.isLook()) {
      return owner || sharee;
    }
    if (role != Role.BUILDER) {
      return false;
    }
    return action.isUse() ? owner || sharee : owner;
  }
}
