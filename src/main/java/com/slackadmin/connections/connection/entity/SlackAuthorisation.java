package com.slackadmin.connections.connection.entity;

/** Who Slack says authorised a connection, and where: the identity a connection keeps. */
public record SlackAuthorisation(
    String enterpriseId,
    String enterpriseName,
    String teamId,
    String teamName,
    String plan,
    InstallLevel installLevel,
    String userId,
    String userName,
    String userEmail,
    String userRole,
    String grantedScopes) {}
