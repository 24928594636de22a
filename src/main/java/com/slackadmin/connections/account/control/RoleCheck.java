package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;

/**
 * What each console role may do, in one place, for the console and the JSON API alike: VIEWERs only look;
 * BUILDERs and ADMINs use connections and hold API tokens. A refusal is a {@link NotPermittedException},
 * which the console shows as its 403 page and the API as {@code 403 forbidden}.
 */
public final class RoleCheck {

  private RoleCheck() {}

  public static boolean mayUseConnections(ConsoleUser user) {
    return user != null && user.isEnabled() && user.getRole() != Role.VIEWER;
  }

  /** Testing a connection or running an action card with it. */
  public static void requireMayUseConnections(ConsoleUser user) {
    if (!mayUseConnections(user)) {
      throw new NotPermittedException("A VIEWER cannot use connections; ask an ADMIN for the BUILDER role.");
    }
  }

  /** Tokens act with the owner's current role, so only those who may use connections get new ones. */
  public static void requireMayCreateApiTokens(ConsoleUser user) {
    if (!mayUseConnections(user)) {
      throw new NotPermittedException("Only BUILDERs and ADMINs create API tokens.");
    }
  }
}
