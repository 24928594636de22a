package com.slackadmin.connections.card.control;

import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.util.Optional;

/**
 * The hierarchy rule of DESIGN section 2: a card that changes an account may run only if the target ranks
 * the same as or below the connection's account now (Primary Owner > Owner > Admin > Member > Guest).
 */
public final class HierarchyRule {

  private HierarchyRule() {}

  /**
   * The target's rank as the rule counts it. On an org-wide Grid connection an account may hold a higher
   * role in one workspace than in the org; the higher of the two counts, so that no workspace Owner can be
   * changed by an org Admin.
   */
  public static SlackRole targetRank(SlackIdentity target, boolean orgWide) {
    SlackRole workspace = target.workspaceRole() == null ? SlackRole.MEMBER : target.workspaceRole();
    if (!orgWide || target.orgRole() == null) {
      return workspace;
    }
    return target.orgRole().ordinal() < workspace.ordinal() ? target.orgRole() : workspace;
  }

  /** Why the connection may not change the target, or empty when it may. */
  public static Optional<String> refusal(SlackRole connection, SlackRole target) {
    if (connection.mayChange(target)) {
      return Optional.empty();
    }
    return Optional.of("This connection acts as " + article(connection) + "; the target is " + article(target)
        + ". " + capitalised(article(connection)) + " connection cannot change " + article(target) + ".");
  }

  private static String article(SlackRole role) {
    String label = role.label();
    return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
