package com.slackadmin.connections.slack.control;

import com.slack.api.model.User;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;

/**
 * Slack's user object ({@code users.info -> user}, each of {@code users.list -> members}) read as our
 * {@link SlackIdentity}: one reading for both methods, so that a target's role in a bulk run is decided exactly
 * as the connection's own role is.
 */
final class SlackUsers {

  private SlackUsers() {}

  static SlackIdentity identity(User user) {
    User.Profile profile = user.getProfile();
    User.EnterpriseUser org = user.getEnterpriseUser();
    SlackRole workspaceRole = SlackRole.ofWorkspaceFlags(user.isPrimaryOwner(), user.isOwner(), user.isAdmin(),
        user.isRestricted(), user.isUltraRestricted());
    SlackRole orgRole = org == null ? null : SlackRole.ofOrgFlags(org.isPrimaryOwner(), org.isOwner(), org.isAdmin());
    String name = user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
    return new SlackIdentity(user.getId(), name, profile == null ? null : profile.getEmail(), user.isDeleted(),
        workspaceRole, orgRole, org == null ? null : org.getEnterpriseId());
  }
}
