package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN section 2, "Using a connection", rule 1: the authorising account must still be an Owner or Admin. */
class RetentionRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                                | org-wide | workspace role | org role      | deleted | still usable
      workspace owner                       | false    | OWNER          | -             | false   | true
      workspace admin                       | false    | ADMIN          | -             | false   | true
      workspace admin demoted to member     | false    | MEMBER         | -             | false   | false
      workspace admin demoted to guest      | false    | GUEST          | -             | false   | false
      deactivated owner                     | false    | OWNER          | -             | true    | false
      org owner                             | true     | MEMBER         | OWNER         | false   | true
      org admin (Grid uses org flags)       | true     | MEMBER         | ADMIN         | false   | true
      org owner demoted to org member       | true     | ADMIN          | MEMBER        | false   | false
      org connection without org role      | true     | ADMIN          | -             | false   | true
      """)
  void checks(String name, boolean orgWide, SlackRole workspaceRole, SlackRole orgRole, boolean deleted,
      boolean usable) {
    SlackIdentity who = new SlackIdentity("U1", "Ada", null, deleted, workspaceRole, orgRole, null);
    assertEquals(usable, RetentionRule.permissionLost(who, orgWide).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                  | org-wide | workspace role | org role | deleted | role shown
      workspace admin         | false    | ADMIN          | -        | false   | Admin
      demoted to member       | false    | MEMBER         | -        | false   | Member
      org owner               | true     | MEMBER         | OWNER    | false   | Org Owner
      org member              | true     | ADMIN          | MEMBER   | false   | Org Member
      deactivated             | false    | OWNER          | -        | true    | deactivated
      """)
  void theRoleShownIsTheOneTheRefusalSpeaksOf(String name, boolean orgWide, SlackRole workspaceRole,
      SlackRole orgRole, boolean deleted, String shown) {
    SlackIdentity who = new SlackIdentity("U1", "Ada", null, deleted, workspaceRole, orgRole, null);
    assertEquals(shown, RetentionRule.roleNow(who, orgWide));
    RetentionRule.permissionLost(who, orgWide).filter(reason -> !deleted)
        .ifPresent(reason -> assertEquals(true, reason.contains(" as " + shown + ";"), reason));
  }
}
