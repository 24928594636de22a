package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.SeedData.GRID_NORTH;
import static com.slackadmin.connections.sandbox.control.SeedData.GRID_ORG;
import static com.slackadmin.connections.sandbox.control.SeedData.GRID_SOUTH;
import static com.slackadmin.connections.sandbox.control.SeedData.PLUS_TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.slackadmin.connections.sandbox.entity.Grant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code auth.teams.list} as Slack documents it: the workspaces a token may act in, paged by cursor. */
class TeamsListTest {

  private static final Grant PLUS_ADMIN = new Grant("U01PLUSAD01", null, PLUS_TEAM, Set.of("admin"));
  private static final Grant ORG_OWNER = new Grant("W04OWNER001", GRID_ORG, null, Set.of("admin"));

  private final Directory directory = SeedData.build(0);

  @Test
  void anOrgWideTokenListsEveryWorkspaceOfItsOrgAPageAtATime() {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, String> params = new HashMap<>(Map.of("limit", "1"));
      if (cursor != null) {
        params.put("cursor", cursor);
      }
      JsonObject page = TeamsList.list(directory, ORG_OWNER, new ApiParams(params, "xoxp-test", null, null));
      assertEquals(true, page.getBoolean("ok"), page.toString());
      page.getJsonArray("teams").getValuesAs(JsonValue::asJsonObject).forEach(t -> ids.add(t.getString("id")));
      cursor = page.getJsonObject("response_metadata").getString("next_cursor");
    } while (!cursor.isEmpty());
    assertEquals(List.of(GRID_NORTH, GRID_SOUTH), ids);
  }

  @Test
  void aWorkspaceTokenListsItsOwnWorkspace() {
    JsonObject page = TeamsList.list(directory, PLUS_ADMIN, new ApiParams(new HashMap<>(), "xoxp-test", null, null));
    assertEquals(1, page.getJsonArray("teams").size());
    assertEquals(PLUS_TEAM, page.getJsonArray("teams").getJsonObject(0).getString("id"));
    assertEquals("", page.getJsonObject("response_metadata").getString("next_cursor"));
  }

  @ParameterizedTest
  @CsvSource({"limit, 0, invalid_limit", "limit, 1001, invalid_limit", "limit, ten, invalid_limit",
      "cursor, bm90IGEgY3Vyc29y, invalid_cursor", "cursor, %%%, invalid_cursor"})
  void badArgumentsAreRefusedAsSlackRefusesThem(String name, String value, String error) {
    JsonObject answer = TeamsList.list(directory, ORG_OWNER,
        new ApiParams(new HashMap<>(Map.of(name, value)), "xoxp-test", null, null));
    assertFalse(answer.getBoolean("ok"));
    assertEquals(error, answer.getString("error"));
  }
}
