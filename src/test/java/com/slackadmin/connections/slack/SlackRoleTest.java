package com.slackadmin.connections.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.slack.entity.SlackRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hierarchy: Primary Owner > Owner > Admin > Member > Guest; a role changes only its rank and below. */
class SlackRoleTest {

  @ParameterizedTest(name = "{0} may change {1}: {2}")
  @CsvSource({
      "ADMIN, MEMBER, true", "ADMIN, ADMIN, true", "ADMIN, GUEST, true", "ADMIN, OWNER, false",
      "ADMIN, PRIMARY_OWNER, false", "OWNER, OWNER, true", "OWNER, PRIMARY_OWNER, false",
      "PRIMARY_OWNER, PRIMARY_OWNER, true", "MEMBER, ADMIN, false"})
  void ranks(SlackRole actor, SlackRole target, boolean allowed) {
    assertEquals(allowed, actor.mayChange(target));
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource({
      "true, true, true, false, false, PRIMARY_OWNER", "false, true, true, false, false, OWNER",
      "false, false, true, false, false, ADMIN", "false, false, false, false, false, MEMBER",
      "false, false, false, true, false, GUEST", "false, false, false, false, true, GUEST"})
  void readsSlacksWorkspaceFlags(boolean primary, boolean owner, boolean admin, boolean restricted, boolean ultra,
      SlackRole expected) {
    assertEquals(expected, SlackRole.ofWorkspaceFlags(primary, owner, admin, restricted, ultra));
  }
}
