package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.util.Optional;

/**
 * On every use, the account that authorised a connection must still be an Owner or Admin: by its
 * {@code enterprise_user} flags for an org-wide Grid connection, by its workspace flags otherwise.
 */
public final class RetentionRule {

  private RetentionRule() {}

  /**
   * The account's role as Slack reports it, as the pages name it ("Admin", "Org Owner", "deactivated"): the one
   * the connection then shows, and the one a refusal speaks of.
   */
  public static String roleNow(SlackIdentity who, boolean orgWide) {
    if (who.deleted()) {
      return "deactivated";
    }
    SlackRole role = who.effectiveRole(orgWide);
    return role == null ? "no role" : (orgWide ? "Org " : "") + role.label();
  }

  /** Why the connection may no longer be used, or empty when the account still qualifies. */
  public static Optional<String> permissionLost(SlackIdentity who, boolean orgWide) {
    if (who.deleted()) {
      return Optional.of("Slack reports " + who.name() + " as deactivated. Reauthorize with an active Owner or Admin.");
    }
    SlackRole role = who.effectiveRole(orgWide);
    if (role != null && role.isOwnerOrAdmin()) {
      return Optional.empty();
    }
    return Optional.of("Slack now reports " + who.name() + " as " + roleNow(who, orgWide) + "; an Owner or Admin"
        + (orgWide ? " of the organisation" : "") + " is required. Restore the role in Slack, or reauthorize the "
        + "connection with another Owner or Admin.");
  }
}
