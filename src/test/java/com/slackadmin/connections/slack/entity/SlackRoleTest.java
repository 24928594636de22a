package com.slackadmin.connections.slack.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slack's role flags read as one role, highest first: Primary Owner > Owner > Admin > Member > Guest. */
class SlackRoleTest {

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
