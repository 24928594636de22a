package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.SeedData.PLUS_TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sandbox with ten thousand generated Members per org, as a bulk run meets it: one SCIM read and one
 * filter per row, and whole listings. Each of these would take minutes if a look-up scanned everyone (ten
 * thousand rows times ten thousand people); no test asserts a time, these only do the work at that size.
 */
class DirectoryAtScaleTest {

  private static final int COUNT = 10_000;
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Grant PLUS_ADMIN =
      new Grant("U01PLUSAD01", null, PLUS_TEAM, Set.of("admin", "users:read", "users:read.email"));

  private final Directory directory = SeedData.build(COUNT);
  private final ScimUsers scim = scimAs(directory, PLUS_ADMIN);

  @Test
  void everyRowOfABulkRunIsFoundByIdAndByEmail() {
    for (int n = 1; n <= COUNT; n++) {
      String id = GeneratedMembers.workspaceId(n);
      assertEquals(id, scim.read(id).getString("id"));
      JsonObject byEmail = scim.list(Map.of("filter",
          "emails eq \"" + GeneratedMembers.email(n, "plus") + "\""));
      assertEquals(1, byEmail.getInt("totalResults"));
      assertEquals(id, byEmail.getJsonArray("Resources").getJsonObject(0).getString("id"));
    }
    assertEquals(0, scim.list(Map.of("filter", "emails eq \"" + GeneratedMembers.email(1, "grid") + "\""))
        .getInt("totalResults"), "the Grid org's member is not this workspace's");
  }

  @Test
  void usersListAndScimListPageThroughEveryone() {
    int listed = 0;
    Map<String, String> params = new HashMap<>(Map.of("limit", "200"));
    String cursor;
    do {
      JsonObject page = UsersList.list(directory, PLUS_ADMIN, new ApiParams(params, "xoxp", null, null), NOW);
      listed += page.getJsonArray("members").size();
      cursor = page.getJsonObject("response_metadata").getString("next_cursor");
      params.put("cursor", cursor);
    } while (!cursor.isEmpty());
    assertEquals(COUNT + 7, listed);

    int scimListed = 0;
    for (int start = 1; start <= COUNT + 7; start += 1000) {
      JsonObject page = scim.list(Map.of("startIndex", String.valueOf(start), "count", "1000"));
      assertEquals(COUNT + 7, page.getInt("totalResults"));
      scimListed += page.getJsonArray("Resources").size();
    }
    assertEquals(COUNT + 7, scimListed);
  }

  @Test
  void aChangedEmailOrUserNameIsFoundUnderTheNewOneOnly() {
    String id = GeneratedMembers.workspaceId(77);
    JsonObject renamed = scim.patch(id, jakarta.json.Json.createObjectBuilder()
        .add("Operations", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
            .add("op", "replace").add("path", "userName").add("value", "renamed.plus"))
            .add(jakarta.json.Json.createObjectBuilder().add("op", "replace")
                .add("path", "emails[type eq \"work\"].value")
                .add("value", "Renamed@plus.example")))
        .build());
    assertEquals("renamed.plus", renamed.getString("userName"));
    assertEquals(id, directory.personByEmail("renamed@PLUS.example").orElseThrow().getId());
    assertTrue(directory.personByEmail(GeneratedMembers.email(77, "plus")).isEmpty());
    assertEquals(1, scim.list(Map.of("filter", "userName eq \"RENAMED.plus\"")).getInt("totalResults"));
    assertEquals(0, scim.list(Map.of("filter", "userName eq \"bulk-user-00077.plus\"")).getInt("totalResults"));
    ScimError taken = assertThrows(ScimError.class, () -> scim.patch(GeneratedMembers.workspaceId(78),
        jakarta.json.Json.createObjectBuilder().add("Operations", jakarta.json.Json.createArrayBuilder()
            .add(jakarta.json.Json.createObjectBuilder().add("op", "replace").add("path", "userName")
                .add("value", "Renamed.Plus")))
            .build()));
    assertEquals(409, taken.status());
  }

  @Test
  void anEmailUsedInTwoWorkspacesNamesBothInJoiningOrder() {
    Person first = directory.person(GeneratedMembers.workspaceId(5)).orElseThrow();
    Person other = new Person("U02PROXX001", null, List.of(SeedData.PRO_TEAM), "twin", first.getEmail(), "Twin",
        "Pro", WorkspaceRole.MEMBER, null, NOW);
    directory.add(other);
    assertEquals(List.of(first, other), directory.peopleByEmail(first.getEmail().toUpperCase()));
    directory.update(first, p -> p.setEmail("moved@plus.example"));
    directory.update(first, p -> p.setEmail(other.getEmail()));
    assertEquals(List.of(first, other), directory.peopleByEmail(first.getEmail()), "joining order, not change order");
  }

  private static ScimUsers scimAs(Directory directory, Grant grant) {
    State state = new State(directory, new TokenBook(new MutableClock(NOW)), new BrowserSessions());
    Person caller = directory.person(grant.userId()).orElseThrow();
    return new ScimUsers(state, new ScimCaller(grant, caller, caller.getRole().rank()), "http://sandbox/scim/v2",
        NOW);
  }
}
