package com.slackadmin.connections.slack.entity;

/**
 * What Slack's {@code oauth.v2.access} granted: the authorising user's token and where the app was installed.
 * Holds secrets, so {@link #toString()} never prints them.
 *
 * @param expiresInSeconds null unless the Slack app rotates tokens
 */
public record SlackGrant(
    String userId,
    String accessToken,
    String refreshToken,
    Integer expiresInSeconds,
    String scope,
    String teamId,
    String teamName,
    String enterpriseId,
    String enterpriseName,
    boolean enterpriseInstall) {

  @Override
  public String toString() {
    return "SlackGrant[user=" + userId + ", team=" + teamId + ", enterprise=" + enterpriseId
        + ", enterpriseInstall=" + enterpriseInstall + ", scope=" + scope + "]";
  }
}
