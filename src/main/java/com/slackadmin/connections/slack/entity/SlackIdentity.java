package com.slackadmin.connections.slack.entity;

/**
 * A Slack account as {@code users.info} describes it now.
 *
 * @param orgRole the role in the Enterprise Grid org ({@code enterprise_user}), or null outside Grid
 */
public record SlackIdentity(
    String userId,
    String name,
    String email,
    boolean deleted,
    SlackRole workspaceRole,
    SlackRole orgRole,
    String enterpriseId) {

  /** The role that counts for a connection: the org role for an org-wide connection, else the workspace one. */
  public SlackRole effectiveRole(boolean orgWide) {
    return orgWide && orgRole != null ? orgRole : workspaceRole;
  }
}
