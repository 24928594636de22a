package com.slackadmin.connections.bulk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The accounts a run lists: one entry per person, whichever workspace ranks them highest, found by email. */
class RosterTest {

  @Test
  void aPersonListedInSeveralWorkspacesRanksAsInTheHighest() {
    Roster roster = new Roster(List.of(
        account("W01", "ada@acme.example", SlackRole.MEMBER, false),
        account("W01", "ada@acme.example", SlackRole.ADMIN, false),
        account("W01", "ada@acme.example", SlackRole.GUEST, false)), Instant.EPOCH);
    assertEquals(1, roster.size());
    assertEquals(SlackRole.ADMIN, roster.account("W01").orElseThrow().workspaceRole());
  }

  @Test
  void anEmailFindsAnActiveAccountWithoutRegardToCase() {
    Roster roster = new Roster(List.of(account("W01", "Ada@Acme.example", SlackRole.MEMBER, false),
        account("W02", "gone@acme.example", SlackRole.MEMBER, true)), Instant.EPOCH);
    assertEquals(Optional.of("W01"), roster.userIdOf("ada@ACME.example"));
    assertEquals(Optional.empty(), roster.userIdOf("gone@acme.example"), "a deactivated account is found by id only");
  }

  private static SlackIdentity account(String id, String email, SlackRole role, boolean deleted) {
    return new SlackIdentity(id, id, email, deleted, role, null, "E01");
  }
}
