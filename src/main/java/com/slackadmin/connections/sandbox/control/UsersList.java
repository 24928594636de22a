package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Slack's {@code users.list}: one workspace's accounts, deactivated ones included, a page at a time.
 *
 * <p>As Slack documents it: {@code limit} asks for at most that many (0 or none: the whole set, refused with
 * {@code limit_required} when it is larger than {@link #WHOLE_SET_MAX}; more than {@link #MAX_LIMIT} gives
 * {@link #MAX_LIMIT}); {@code cursor} is the {@code next_cursor} of the previous page, {@code ""} after the last
 * one, and a cursor Slack did not give, or that no longer points into the list, is {@code invalid_cursor};
 * {@code team_id} is required with an org-wide token ({@code missing_argument} without it) and ignored with a
 * workspace token. A cursor is, like Slack's, the base64 of {@code user:<id>} of the next page's first person; the
 * listing resumes at that person's place in the directory, so each page costs its own length, not the list's.
 */
final class UsersList {

  static final int MAX_LIMIT = 1000;
  static final int WHOLE_SET_MAX = 1000;
  private static final String CURSOR_PREFIX = "user:";

  private UsersList() {}

  /** Must run under the world's lock, for a token already checked for {@code users:read}. */
  static JsonObject list(Directory directory, Grant grant, ApiParams params, Instant now) {
    String teamId = grant.isEnterpriseInstall() ? params.get("team_id") : grant.teamId();
    if (teamId == null) {
      return SlackJson.error("missing_argument");
    }
    if (grant.isEnterpriseInstall() && directory.workspace(teamId)
        .filter(w -> grant.enterpriseId().equals(w.getEnterpriseId())).isEmpty()) {
      return SlackJson.error("team_access_not_granted");
    }
    Integer asked = limit(params.get("limit"));
    if (asked == null) {
      return SlackJson.error("invalid_arguments");
    }
    int from = start(directory, params.get("cursor"), teamId);
    if (from < 0) {
      return SlackJson.error("invalid_cursor");
    }
    boolean wholeSet = asked == 0;
    int limit = wholeSet ? WHOLE_SET_MAX : Math.min(asked, MAX_LIMIT);
    boolean withLocale = params.isTrue("include_locale");
    JsonArrayBuilder members = JSON.createArrayBuilder();
    int taken = 0;
    String next = "";
    for (int position = from; position < directory.peopleCount(); position++) {
      Person person = directory.personAt(position);
      if (!person.isInTeam(teamId)) {
        continue;
      }
      if (taken == limit) {
        next = cursor(person.getId());
        break;
      }
      members.add(UserObjects.of(directory, grant, person, teamId, withLocale));
      taken++;
    }
    if (wholeSet && !next.isEmpty()) {
      return SlackJson.error("limit_required");
    }
    return SlackJson.ok().add("members", members).add("cache_ts", now.getEpochSecond())
        .add("response_metadata", JSON.createObjectBuilder().add("next_cursor", next)).build();
  }

  /** The number asked for, 0 for none, or null when it is not a whole number of at least 0. */
  private static Integer limit(String value) {
    if (value == null) {
      return 0;
    }
    try {
      int limit = Integer.parseInt(value.trim());
      return limit < 0 ? null : limit;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Where the page starts: 0 without a cursor, the cursor's person's place, or -1 for a cursor not ours. */
  private static int start(Directory directory, String cursor, String teamId) {
    if (cursor == null) {
      return 0;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    if (!decoded.startsWith(CURSOR_PREFIX)) {
      return -1;
    }
    int position = directory.positionOf(decoded.substring(CURSOR_PREFIX.length()));
    return position >= 0 && directory.personAt(position).isInTeam(teamId) ? position : -1;
  }

  static String cursor(String personId) {
    return Base64.getEncoder().encodeToString((CURSOR_PREFIX + personId).getBytes(StandardCharsets.UTF_8));
  }
}
