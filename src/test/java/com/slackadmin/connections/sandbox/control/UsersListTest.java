package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.SeedData.GRID_NORTH;
import static com.slackadmin.connections.sandbox.control.SeedData.GRID_ORG;
import static com.slackadmin.connections.sandbox.control.SeedData.PLUS_TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code users.list} as Slack documents it: cursor paging over one workspace (deactivated accounts included),
 * {@code limit} bounds, the empty {@code next_cursor} of the last page, and the refusals.
 */
class UsersListTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Set<String> SCOPES = Set.of("admin", "users:read", "users:read.email");
  private static final Grant PLUS_ADMIN = new Grant("U01PLUSAD01", null, PLUS_TEAM, SCOPES);
  private static final Grant ORG_OWNER = new Grant("W04OWNER001", GRID_ORG, null, SCOPES);

  private final Directory directory = SeedData.build(25);

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {1, 2, 7, 31, 32, 33, 200, 1000})
  void followingTheCursorsListsEveryMemberOnceAndEndsWithAnEmptyCursor(int limit) {
    List<String> expected = directory.people().stream().filter(p -> p.isInTeam(PLUS_TEAM)).map(Person::getId)
        .toList();
    assertEquals(32, expected.size(), "7 seeded and 25 generated");

    List<JsonObject> pages = allPages(PLUS_ADMIN, Map.of("limit", String.valueOf(limit)));

    assertEquals(expected, ids(pages));
    assertEquals((expected.size() + limit - 1) / limit, pages.size());
    pages.forEach(page -> assertTrue(page.getJsonArray("members").size() <= limit));
    assertEquals("", nextCursor(pages.get(pages.size() - 1)));
    pages.subList(0, pages.size() - 1).forEach(page -> assertFalse(nextCursor(page).isEmpty()));
  }

  @Test
  void aCursorIsSlacksOwnShapeTheBase64OfTheNextUser() {
    JsonObject first = list(PLUS_ADMIN, Map.of("limit", "2"));
    String next = ids(List.of(list(PLUS_ADMIN, Map.of("limit", "1", "cursor", nextCursor(first))))).get(0);
    assertEquals("user:" + next, new String(Base64.getDecoder().decode(nextCursor(first)), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "limit {0} with {1} generated: {2}")
  @CsvSource(nullValues = "-", value = {
      // limit, generated members, expected first page size or error
      "-, 25, 32", "0, 25, 32", "5, 25, 5", "5000, 1200, 1000", "1000, 1200, 1000", "999, 1200, 999",
      "-, 1200, limit_required", "0, 1200, limit_required", "-1, 25, invalid_arguments",
      "ten, 25, invalid_arguments"})
  void limitBounds(String limit, int generated, String expected) {
    Map<String, String> params = new HashMap<>();
    if (limit != null) {
      params.put("limit", limit);
    }
    JsonObject answer = UsersList.list(SeedData.build(generated), PLUS_ADMIN, params(params), NOW);
    if (expected.chars().allMatch(Character::isDigit)) {
      assertTrue(answer.getBoolean("ok"), answer.toString());
      assertEquals(Integer.parseInt(expected), answer.getJsonArray("members").size());
    } else {
      assertEquals(SlackJson.error(expected), answer);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"not base64, %%%", "another kind of cursor, dGVhbTpVMDFQTFVTQUQwMQ==",
      "nobody, dXNlcjpVMDAwTk9CT0RZ", "someone of another workspace, dXNlcjpXMDRNRU1CRVIwMQ=="})
  void aCursorSlackDidNotGiveIsInvalid(String what, String cursor) {
    assertEquals(SlackJson.error("invalid_cursor"), list(PLUS_ADMIN, Map.of("limit", "2", "cursor", cursor)));
  }

  @Test
  void anOrgWideTokenMustNameOneOfItsWorkspaces() {
    assertEquals(SlackJson.error("missing_argument"), list(ORG_OWNER, Map.of("limit", "10")));
    assertEquals(SlackJson.error("team_access_not_granted"),
        list(ORG_OWNER, Map.of("limit", "10", "team_id", PLUS_TEAM)));
    List<String> north = ids(allPages(ORG_OWNER, Map.of("limit", "10", "team_id", GRID_NORTH)));
    assertEquals(5 + 25, north.size(), "North's five seeded people and the generated Grid members");
    assertTrue(north.contains("W04WSADMIN1"));
    assertFalse(north.contains("W04MEMBER02"), "only in South");
  }

  @Test
  void aWorkspaceTokenIgnoresTeamId() {
    assertEquals(ids(List.of(list(PLUS_ADMIN, Map.of("limit", "50")))),
        ids(List.of(list(PLUS_ADMIN, Map.of("limit", "50", "team_id", GRID_NORTH)))));
  }

  @Test
  void membersAreUserObjectsWithDeactivatedOnesIncluded() {
    directory.person("U01PLUSME01").orElseThrow().setActive(false);
    JsonObject answer = list(PLUS_ADMIN, Map.of("limit", "7", "include_locale", "true"));
    assertEquals(NOW.getEpochSecond(), answer.getJsonNumber("cache_ts").longValue());
    JsonObject mia = answer.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("id").equals("U01PLUSME01")).findFirst().orElseThrow();
    assertTrue(mia.getBoolean("deleted"));
    assertEquals(PLUS_TEAM, mia.getString("team_id"));
    assertEquals("member@plus.example", mia.getJsonObject("profile").getString("email"));
    assertEquals("en-US", mia.getString("locale"));
    assertFalse(mia.getBoolean("is_admin"));

    Grant withoutEmailScope = new Grant("U01PLUSAD01", null, PLUS_TEAM, Set.of("users:read"));
    JsonObject plain = list(withoutEmailScope, Map.of("limit", "1")).getJsonArray("members").getJsonObject(0);
    assertFalse(plain.getJsonObject("profile").containsKey("email"), "the email needs users:read.email");
    assertFalse(plain.containsKey("locale"));
  }

  @Test
  void gridMembersCarryTheirOrgRoles() {
    JsonObject owner = list(ORG_OWNER, Map.of("limit", "2", "team_id", GRID_NORTH)).getJsonArray("members")
        .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("id").equals("W04OWNER001")).findFirst()
        .orElseThrow();
    assertEquals(GRID_NORTH, owner.getString("team_id"));
    assertTrue(owner.getJsonObject("enterprise_user").getBoolean("is_owner"));
    assertEquals(GRID_ORG, owner.getJsonObject("enterprise_user").getString("enterprise_id"));
  }

  private List<JsonObject> allPages(Grant grant, Map<String, String> first) {
    List<JsonObject> pages = new ArrayList<>();
    Map<String, String> params = new HashMap<>(first);
    for (int i = 0; i < 10_000; i++) {
      JsonObject page = list(grant, params);
      assertTrue(page.getBoolean("ok"), page.toString());
      pages.add(page);
      if (nextCursor(page).isEmpty()) {
        return pages;
      }
      params.put("cursor", nextCursor(page));
    }
    throw new AssertionError("the cursors never ended");
  }

  private JsonObject list(Grant grant, Map<String, String> params) {
    return UsersList.list(directory, grant, params(params), NOW);
  }

  private static ApiParams params(Map<String, String> values) {
    return new ApiParams(new HashMap<>(values), "xoxp-test", null, null);
  }

  private static String nextCursor(JsonObject page) {
    return page.getJsonObject("response_metadata").getString("next_cursor");
  }

  private static List<String> ids(List<JsonObject> pages) {
    return pages.stream().flatMap(p -> p.getJsonArray("members").getValuesAs(JsonObject.class).stream())
        .map(m -> m.getString("id")).toList();
  }
}
