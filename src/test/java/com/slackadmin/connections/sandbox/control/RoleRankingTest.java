package com.slackadmin.connections.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleRankingTest {

  @ParameterizedTest(name = "{0}: is_admin={1} is_owner={2} is_primary_owner={3} is_restricted={4} ultra={5}")
  @CsvSource({
      "PRIMARY_OWNER,        true,  true,  true,  false, false",
      "OWNER,                true,  true,  false, false, false",
      "ADMIN,                true,  false, false, false, false",
      "MEMBER,               false, false, false, false, false",
      "GUEST,                false, false, false, true,  false",
      "SINGLE_CHANNEL_GUEST, false, false, false, true,  true"})
  void ownersCarryIsAdminAndGuestsAreRestrictedAsInSlack(WorkspaceRole role, boolean admin, boolean owner,
      boolean primary, boolean restricted, boolean ultra) {
    assertEquals(List.of(admin, owner, primary, restricted, ultra), List.of(role.isAdmin(), role.isOwner(),
        role.isPrimaryOwner(), role.isRestricted(), role.isUltraRestricted()));
  }

  @ParameterizedTest(name = "a {0} may change a {1}: {2}")
  @CsvSource({
      "PRIMARY_OWNER, PRIMARY_OWNER, true",
      "PRIMARY_OWNER, OWNER,         true",
      "OWNER,         PRIMARY_OWNER, false",
      "OWNER,         OWNER,         true",
      "ADMIN,         OWNER,         false",
      "ADMIN,         ADMIN,         true",
      "ADMIN,         MEMBER,        true",
      "ADMIN,         GUEST,         true",
      "ADMIN,         SINGLE_CHANNEL_GUEST, true"})
  void nobodyChangesAnAccountThatOutranksThem(WorkspaceRole actor, WorkspaceRole target, boolean allowed) {
    ScimCaller caller = new ScimCaller(new Grant("U1", null, "T1", Set.of("admin")), person("U1", actor, null),
        actor.rank());
    Person victim = person("U2", target, null);
    if (allowed) {
      caller.mayChange(victim);
    } else {
      assertEquals(403, assertThrows(ScimError.class, () -> caller.mayChange(victim)).status());
    }
  }

  @ParameterizedTest(name = "Grid: workspace {0} with org {1} ranks {2}")
  @CsvSource({
      "MEMBER, OWNER,         3",
      "ADMIN,  MEMBER,        2",
      "OWNER,  PRIMARY_OWNER, 4",
      "MEMBER, MEMBER,        1"})
  void aGridPersonRanksByTheHigherOfTheirRoles(WorkspaceRole role, OrgRole orgRole, int rank) {
    Person person = new Person("W1", "E1", List.of("T1"), "u", "u@x", "U", "X", role, orgRole, Instant.EPOCH);
    assertEquals(rank, person.rank());
  }

  private static Person person(String id, WorkspaceRole role, OrgRole orgRole) {
    return new Person(id, null, List.of("T1"), id, id + "@x.example", "G", "F", role, orgRole, Instant.EPOCH);
  }
}
