package com.slackadmin.connections.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.slack.entity.ScimRequest;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hierarchy rule: a connection changes accounts of its own rank or lower, never higher; which accounts a run
 * changes; how a target ranks.
 */
class HierarchyRuleTest {

  @ParameterizedTest(name = "{0} connection changing {1}: {2}")
  @CsvSource(textBlock = """
      PRIMARY_OWNER, PRIMARY_OWNER, true
      PRIMARY_OWNER, OWNER,         true
      PRIMARY_OWNER, GUEST,         true
      OWNER,         PRIMARY_OWNER, false
      OWNER,         OWNER,         true
      OWNER,         ADMIN,         true
      OWNER,         MEMBER,        true
      ADMIN,         PRIMARY_OWNER, false
      ADMIN,         OWNER,         false
      ADMIN,         ADMIN,         true
      ADMIN,         MEMBER,        true
      ADMIN,         GUEST,         true
      """)
  void aConnectionChangesOnlyAccountsOfItsRankOrLower(SlackRole connection, SlackRole target, boolean allowed) {
    assertEquals(allowed, HierarchyRule.refusal(connection, target).isEmpty());
  }

  @Test
  void theRefusalNamesBothRoles() {
    assertEquals(Optional.of("This connection acts as an Admin; the target is an Owner. An Admin connection cannot "
        + "change an Owner."), HierarchyRule.refusal(SlackRole.ADMIN, SlackRole.OWNER));
    assertEquals(Optional.of("This connection acts as an Owner; the target is a Primary Owner. An Owner connection "
        + "cannot change a Primary Owner."), HierarchyRule.refusal(SlackRole.OWNER, SlackRole.PRIMARY_OWNER));
  }

  @ParameterizedTest(name = "workspace {0}, org {1}, org-wide {2} -> {3}")
  @CsvSource(nullValues = "-", textBlock = """
      MEMBER, OWNER,  true,  OWNER
      OWNER,  MEMBER, true,  OWNER
      ADMIN,  ADMIN,  true,  ADMIN
      MEMBER, -,      true,  MEMBER
      ADMIN,  OWNER,  false, ADMIN
      GUEST,  -,      false, GUEST
      """)
  void onAnOrgWideConnectionTheTargetsHigherRoleCounts(SlackRole workspace, SlackRole org, boolean orgWide,
      SlackRole expected) {
    SlackIdentity target = new SlackIdentity("W1", "Target", "t@example.com", false, workspace, org, "E1");
    assertEquals(expected, HierarchyRule.targetRank(target, orgWide));
  }

  @Test
  void writesToAUserOrToGroupMembersNameTheAccountsTheyChange() {
    Map<String, String> errors = new HashMap<>();
    assertEquals(Set.of("W1"),
        HierarchyRule.changedUsers(CustomRequestRule.check("PATCH", "/Users/W1", null, "X-Trace: 1",
            "{\"Operations\":[]}", errors)));
    assertEquals(Set.of(),
        HierarchyRule.changedUsers(CustomRequestRule.check("GET", "/Users/W1", "count=1", null, null, errors)));
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(Set.of("U2", "U3"),
        HierarchyRule.changedUsers(CustomRequestRule.check("PATCH", "/Groups/S1", null, null,
            "{\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"U2\"}]},"
                + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"U3\\\"]\"}]}",
            errors)));
    assertEquals(Set.of("U4"), HierarchyRule.changedUsers(CustomRequestRule.check("POST", "/Groups", null, null,
        "{\"displayName\":\"x\",\"members\":[{\"value\":\"U4\"}]}", errors)));
    assertEquals(Set.of(), HierarchyRule
        .changedUsers(CustomRequestRule.check("POST", "/Users", null, null, "{\"userName\":\"x\"}", errors)));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @ParameterizedTest(name = "{0} changes {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      SEARCH_USERS           | -
      READ_USER              | -
      CREATE_USER            | -
      SEARCH_GROUPS          | -
      READ_GROUP             | -
      UPDATE_USER            | W1
      DEACTIVATE_USER        | W1
      ACTIVATE_USER          | W1
      ADD_USER_TO_GROUP      | W1
      REMOVE_USER_FROM_GROUP | W1
      """)
  void cardsThatChangeAnAccountNameIt(Card card, String changed) {
    Map<String, String> inputs = Map.of("userId", "W1", "groupId", "S1", "email", "a@example.com",
        "userName", "a", "displayName", "G");
    assertEquals(changed == null ? Set.of() : Set.of(changed), HierarchyRule.changedUsers(card, inputs, null));
  }

  @Test
  void theCustomActionChangesWhatItsRequestWritesTo() {
    ScimRequest write = CustomRequestRule.check("DELETE", "/Users/W9", null, null, null, new HashMap<>());
    ScimRequest read = CustomRequestRule.check("GET", "/Users/W9", null, null, null, new HashMap<>());
    assertEquals(Set.of("W9"), HierarchyRule.changedUsers(Card.CUSTOM_API_ACTION, Map.of(), write));
    assertEquals(Set.of(), HierarchyRule.changedUsers(Card.CUSTOM_API_ACTION, Map.of(), read));
  }

  @ParameterizedTest(name = "{0} may change {1}: {2}")
  @CsvSource({
      "ADMIN, MEMBER, true", "ADMIN, ADMIN, true", "ADMIN, GUEST, true", "ADMIN, OWNER, false",
      "ADMIN, PRIMARY_OWNER, false", "OWNER, OWNER, true", "OWNER, PRIMARY_OWNER, false",
      "PRIMARY_OWNER, PRIMARY_OWNER, true", "MEMBER, ADMIN, false"})
  void ranks(SlackRole actor, SlackRole target, boolean allowed) {
    assertEquals(allowed, HierarchyRule.mayChange(actor, target));
  }
}
