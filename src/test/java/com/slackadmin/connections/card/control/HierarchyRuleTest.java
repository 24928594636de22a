package com.slackadmin.connections.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hierarchy rule: a connection changes accounts of its own rank or lower, never higher. */
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

  @org.junit.jupiter.api.Test
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
}
