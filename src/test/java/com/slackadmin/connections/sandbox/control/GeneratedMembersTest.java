package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.SeedData.GRID_NORTH;
import static com.slackadmin.connections.sandbox.control.SeedData.GRID_ORG;
import static com.slackadmin.connections.sandbox.control.SeedData.GRID_SOUTH;
import static com.slackadmin.connections.sandbox.control.SeedData.PLUS_TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code SANDBOX_SEED_USERS}: how many Members the seed generates, where, and that they are the same each time. */
class GeneratedMembersTest {

  private static final int SEEDED_PLUS = 7;
  private static final int SEEDED_GRID = 7;
  private static final int SEEDED = 18;

  @ParameterizedTest(name = "{0} generated")
  @ValueSource(ints = {0, 1, 1000})
  void addsThatManyMembersToTheBusinessPlusWorkspaceAndAsManyToTheGridOrg(int count) {
    Directory directory = SeedData.build(count);
    assertEquals(SEEDED + 2 * count, directory.people().size());
    assertEquals(SEEDED_PLUS + count, directory.people().stream().filter(p -> p.isInTeam(PLUS_TEAM)).count());
    assertEquals(SEEDED_GRID + count, directory.people().stream().filter(p -> GRID_ORG.equals(p.getEnterpriseId()))
        .count());
    assertEquals(2 * count, directory.generatedCount());
    assertEquals(SEEDED, directory.listedPeople().size(), "the pages list only the hand-seeded people");
  }

  @ParameterizedTest(name = "number {0}")
  @CsvSource({"1, U01BK000001, bulk-user-00001@plus.example, W04BK000001, bulk-user-00001@grid.example",
      "42, U01BK000042, bulk-user-00042@plus.example, W04BK000042, bulk-user-00042@grid.example",
      "1000, U01BK001000, bulk-user-01000@plus.example, W04BK001000, bulk-user-01000@grid.example"})
  void idsNamesAndEmailsFollowFromTheNumber(int n, String workspaceId, String workspaceEmail, String orgId,
      String orgEmail) {
    Directory directory = SeedData.build(1000);
    Person member = directory.person(workspaceId).orElseThrow();
    assertEquals(workspaceEmail, member.getEmail());
    assertEquals(List.of(PLUS_TEAM), member.getTeamIds());
    assertEquals(WorkspaceRole.MEMBER, member.getRole());
    assertEquals(String.format("Bulk User %05d", n), member.getRealName());
    assertEquals(member, directory.personByEmail(workspaceEmail).orElseThrow());

    Person gridMember = directory.person(orgId).orElseThrow();
    assertEquals(orgEmail, gridMember.getEmail());
    assertEquals(GRID_ORG, gridMember.getEnterpriseId());
    assertEquals(List.of(GRID_NORTH), gridMember.getTeamIds());
    assertEquals(OrgRole.MEMBER, gridMember.getOrgRole());
    assertTrue(!gridMember.isInTeam(GRID_SOUTH));
  }

  @Test
  void everySeedIsTheSame() {
    List<String> first = describe(SeedData.build(500));
    assertEquals(first, describe(SeedData.build(500)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {-1, GeneratedMembers.MAX + 1})
  void outOfBoundsIsRefused(int count) {
    assertThrows(IllegalArgumentException.class, () -> SeedData.build(count));
    assertThrows(IllegalArgumentException.class, () -> SandboxSettings.checkedSeedUsers(count));
  }

  private static List<String> describe(Directory directory) {
    return directory.people().stream().map(p -> p.getId() + " " + p.getEmail() + " " + p.getUserName() + " "
        + p.getRealName() + " " + p.getTeamIds() + " " + p.getRole() + " " + p.getOrgRole()).toList();
  }
}
