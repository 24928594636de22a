package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.entity.Enterprise;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.json.JsonObject;

/**
 * A person as the Web API's user object, the same for {@code users.info} and each member of
 * {@code users.list}: the email only for a token with {@code users:read.email}, as Slack, and the locale only
 * when asked for with {@code include_locale}.
 */
final class UserObjects {

  /** What the sandbox says for {@code locale}: every seeded person reads Slack in US English. */
  static final String LOCALE = "en-US";

  private UserObjects() {}

  /** @param teamId the workspace the person is seen in */
  static JsonObject of(Directory directory, Grant grant, Person person, String teamId, boolean withLocale) {
    Enterprise org = directory.enterprise(person.getEnterpriseId()).orElse(null);
    JsonObject user = SlackJson.user(person, teamId == null ? "" : teamId, org, grant.hasScope("users:read.email"));
    return withLocale ? JSON.createObjectBuilder(user).add("locale", LOCALE).build() : user;
  }

  /** The workspace {@code users.info} shows a person in: the token's own when the person is in it, else home. */
  static String teamSeenFrom(Grant grant, Person person) {
    return grant.teamId() != null && person.isInTeam(grant.teamId()) ? grant.teamId() : person.getHomeTeamId();
  }
}
