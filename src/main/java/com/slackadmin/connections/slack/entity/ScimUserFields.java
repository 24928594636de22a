package com.slackadmin.connections.slack.entity;

/**
 * The attributes of a SCIM user that the cards create or change; null means "not given" (on an update:
 * leave as it is).
 */
public record ScimUserFields(String userName, String email, String givenName, String familyName,
    String displayName, String title) {

  public boolean isEmpty() {
    return userName == null && email == null && givenName == null && familyName == null && displayName == null
        && title == null;
  }
}
