package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Workspace;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Slack's {@code auth.teams.list}: the workspaces a token may act in, a page at a time, {@code {id, name}} each.
 * As Slack documents it: no scope needed; {@code limit} from 1 to 1000, 100 when not given, else
 * {@code invalid_limit}; {@code cursor} is the previous page's {@code next_cursor} ({@code ""} after the last),
 * else {@code invalid_cursor}. An org-wide token (approved here for all its org's workspaces) lists them all; a
 * workspace token its own workspace.
 */
final class TeamsList {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  private static final String CURSOR_PREFIX = "team:";

  private TeamsList() {}

  /** Must run under the world's lock. */
  static JsonObject list(Directory directory, Grant grant, ApiParams params) {
    List<Workspace> teams = grant.isEnterpriseInstall()
        ? directory.enterprise(grant.enterpriseId()).map(directory::workspacesOf).orElse(List.of())
        : directory.workspace(grant.teamId()).map(List::of).orElse(List.of());
    int limit;
    try {
      limit = params.get("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(params.get("limit").trim());
    } catch (NumberFormatException notNumber) {
      return SlackJson.error("invalid_limit");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      return SlackJson.error("invalid_limit");
    }
    int from = start(teams, params.get("cursor"));
    if (from < 0) {
      return SlackJson.error("invalid_cursor");
    }
    JsonArrayBuilder page = JSON.createArrayBuilder();
    int end = Math.min(teams.size(), from + limit);
    teams.subList(from, end).forEach(w -> page.add(JSON.createObjectBuilder().add("name", w.getName())
        .add("id", w.getId())));
    String next = end < teams.size() ? cursor(teams.get(end).getId()) : "";
    return SlackJson.ok().add("teams", page)
        .add("response_metadata", JSON.createObjectBuilder().add("next_cursor", next)).build();
  }

  private static int start(List<Workspace> teams, String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return -1;
    }
    for (int i = 0; decoded.startsWith(CURSOR_PREFIX) && i < teams.size(); i++) {
      if (teams.get(i).getId().equals(decoded.substring(CURSOR_PREFIX.length()))) {
        return i;
      }
    }
    return -1;
  }

  static String cursor(String teamId) {
    return Base64.getEncoder().encodeToString((CURSOR_PREFIX + teamId).getBytes(StandardCharsets.UTF_8));
  }
}
