package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.platform.NotPermittedException;

/**
 * Who in the console may do what: the one table of role x owner/sharee x action that every entry point
 * (console, JSON API, action cards) asks through the services, and the decisions that follow from a role
 * alone: who sees all connections, who may own them (and so receive a transfer), who transfers them, who
 * holds API tokens, who manages teammates. Pure, so that tables of cases in unit tests pin it down.
 *
 * <ul>
 *   <li>{@code ADMIN}: everything, on every connection.</li>
 *   <li>{@code BUILDER}: creates connections; everything but TRANSFER on those they own; on those shared
 *       with them only LIST, VIEW, TEST and RUN_CARD.</li>
 *   <li>{@code VIEWER}: LIST and VIEW (with the audit trail) of connections they own or that are shared with
 *       them; never creates, uses or changes one. (A VIEWER owns a connection only after being demoted.)</li>
 *   <li>A disabled person may do nothing (signing in and API tokens refuse them before this is asked).</li>
 *   <li>The system actor ({@link ConsoleUser#system}, the health sweep): VIEW and TEST of every connection,
 *       nothing else, so that its checks pass the same use gate as a person's Test.</li>
 * </ul>
 *
 * <p>How a refusal shows: without VIEW the connection does not exist for the caller (404, no hint); with
 * VIEW but not the action the caller already knows it exists, so the answer is an honest 403.
 */
public final class ConsoleAccess {

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

  private ConsoleAccess() {}

  /**
   * @param owner whether the user owns the connection (ignored for CREATE)
   * @param sharee whether the connection is shared with the user (ignored for CREATE)
   */
  public static boolean allows(ConsoleUser user, boolean owner, boolean sharee, Action action) {
    if (user != null && user.isSystem()) {
      return action == Action.VIEW || action == Action.TEST;
    }
    return user != null && user.isEnabled() && allows(user.getRole(), owner, sharee, action);
  }

  static boolean allows(Role role, boolean owner, boolean sharee, Action action) {
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

  /** Why a user who sees a connection may not do {@code action} with it: the 403's message. */
  public static String refusal(ConsoleUser user, Action action, String nickname, String ownerName) {
    if (user.getRole() == Role.VIEWER) {
      return "A VIEWER cannot create, use, test or change connections.";
    }
    if (action == Action.TRANSFER) {
      return "Only an ADMIN transfers connections.";
    }
    return "Only the owner of \"" + nickname + "\" (" + ownerName + ") or an ADMIN may do that; it is shared with "
        + "you to view and use.";
  }

  /** BUILDERs and ADMINs create, test and run cards with connections (which ones: {@link #allows}). */
  public static boolean mayUseConnections(ConsoleUser user) {
    return allows(user, false, false, Action.CREATE);
  }

  /** Connections belong to BUILDERs and ADMINs: the targets of a transfer. */
  public static boolean mayOwnConnections(ConsoleUser user) {
    return mayUseConnections(user);
  }

  /** The "All" view of the Connections page, every connection whoever owns it: ADMINs. */
  public static boolean maySeeAllConnections(ConsoleUser user) {
    return isEnabledAdmin(user);
  }

  /** Transferring connections, one or all of a disabled teammate's: ADMINs. */
  public static boolean mayTransferConnections(ConsoleUser user) {
    return allows(user, false, false, Action.TRANSFER);
  }

  /** Adding teammates, changing their roles, disabling them: ADMINs. */
  public static boolean mayManageTeammates(ConsoleUser user) {
    return isEnabledAdmin(user);
  }

  /** Console-wide settings, such as how long finished bulk runs' rows are kept: ADMINs. */
  public static boolean mayChangeSettings(ConsoleUser user) {
    return isEnabledAdmin(user);
  }

  /** Registering webhooks for notifications and reading their delivery log: ADMINs. */
  public static boolean mayManageWebhooks(ConsoleUser user) {
    return isEnabledAdmin(user);
  }

  /** New Connection and its callback: BUILDERs and ADMINs. */
  public static void requireMayCreateConnections(ConsoleUser user) {
    if (!mayUseConnections(user)) {
      throw new NotPermittedException("A VIEWER cannot create, change or use connections.");
    }
  }

  /** Tokens act with their owner's current role, so only those who may use connections get new ones. */
  public static void requireMayCreateApiTokens(ConsoleUser user) {
    if (!mayUseConnections(user)) {
      throw new NotPermittedException("Only BUILDERs and ADMINs create API tokens.");
    }
  }

  private static boolean isEnabledAdmin(ConsoleUser user) {
    return user != null && user.isEnabled() && user.getRole() == Role.ADMIN;
  }
}
