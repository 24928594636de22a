package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;

/**
 * Who may hold API tokens: BUILDERs and ADMINs, who may use connections (which connection each may use is
 * {@code ConnectionAccess}'s decision, in the connection feature). A refusal is a {@link NotPermittedException},
 * which the console shows as its 403 page and the API as {@code 403 forbidden}.
 */
public final class RoleCheck {

  private RoleCheck() {}

  public static boolean mayUseConnections(ConsoleUser user) {
    return user != null && user.isEnabled() && user.getRole() != Role.VIEWER;
  }

  /** Tokens act with the owner's current role, so only those who may use connections get new ones. */
  public static void requireMayCreateApiTokens(ConsoleUser user) {
    if (!mayUseConnections(user)) {
      throw new NotPermittedException("Only BUILDERs and ADMINs create API tokens.");
    }
  }
}
