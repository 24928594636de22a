package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackPlans;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.util.Set;

/**
 * Who may create a connection, after the OAuth code exchange (DESIGN section 2, "Creating a connection"):
 * <ul>
 *   <li>org-wide install on Enterprise Grid: only an Org Owner (or the Org Primary Owner);</li>
 *   <li>an install on one workspace of a Grid org: refused, as an authorization error;</li>
 *   <li>a standalone workspace: Business+ or an enterprise plan, and a workspace Owner or Admin.</li>
 * </ul>
 * Pure: the facts come in, the decision goes out, so plain table tests cover every row.
 */
public final class CreationRules {

  static final Set<String> ALLOWED_PLANS = Set.of("plus", "enterprise", "compliance");

  private CreationRules() {}

  /**
   * @param enterpriseId Slack's {@code enterprise.id}, or null outside Enterprise Grid
   * @param enterpriseInstall Slack's {@code is_enterprise_install}
   * @param teamId Slack's {@code team.id}, null for an org-wide install
   * @param plan the workspace plan from {@code team.billing.info}; unused on Grid
   */
  public static CreationDecision decide(String enterpriseId, boolean enterpriseInstall, String teamId, String plan,
      SlackIdentity who) {
    if (enterpriseId != null) {
      return decideGrid(enterpriseInstall, teamId, who);
    }
    if (enterpriseInstall) {
      return CreationDecision.refuse("Slack reported an organisation-wide install without an organisation; "
          + "nothing was created. Try again, or ask a Slack Org Owner to reinstall the app.");
    }
    if (plan == null || !ALLOWED_PLANS.contains(plan)) {
      return CreationDecision.refuse("Business+ or Enterprise Grid is required. Slack reports this workspace is on the "
          + SlackPlans.name(plan)
          + " plan, which has no SCIM admin API. Upgrade the workspace to Business+, or connect an "
          + "Enterprise Grid organisation instead.");
    }
    SlackRole role = who.workspaceRole();
    if (!role.isOwnerOrAdmin()) {
      return CreationDecision.refuse("Only a workspace Owner or Admin can create a connection. Slack reports "
          + who.name() + " as a " + role.label() + " of this workspace. Sign in to Slack as an Owner or Admin "
          + "and try again, or ask one to create the connection.");
    }
    return CreationDecision.allow(InstallLevel.WORKSPACE, role.label());
  }

  private static CreationDecision decideGrid(boolean enterpriseInstall, String teamId, SlackIdentity who) {
    if (!enterpriseInstall || teamId != null) {
      return CreationDecision.refuse("Authorization error: the app was installed on one workspace of an Enterprise "
          + "Grid organisation. Install the app on the organisation, not on a workspace: authorize again and choose "
          + "the organisation on Slack's consent page.");
    }
    SlackRole orgRole = who.orgRole() == null ? SlackRole.MEMBER : who.orgRole();
    if (orgRole != SlackRole.OWNER && orgRole != SlackRole.PRIMARY_OWNER) {
      return CreationDecision.refuse("On Enterprise Grid only an Org Owner can create a connection. Slack reports "
          + who.name() + " as Org " + orgRole.label() + ". Ask an Org Owner or the Org Primary Owner to create it.");
    }
    return CreationDecision.allow(InstallLevel.ORG, "Org " + orgRole.label());
  }
}
