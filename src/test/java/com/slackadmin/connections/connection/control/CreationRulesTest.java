package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of DESIGN section 2, "Creating a connection", as a case. */
class CreationRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                                   | enterprise | org install | team  | plan       | workspace role | org role      | allowed | level     | role or refusal
      Business+ primary owner                  | -          | false       | T1    | plus       | PRIMARY_OWNER  | -             | true    | WORKSPACE | Primary Owner
      Business+ owner                          | -          | false       | T1    | plus       | OWNER          | -             | true    | WORKSPACE | Owner
      Business+ admin                          | -          | false       | T1    | plus       | ADMIN          | -             | true    | WORKSPACE | Admin
      Business+ member refused                 | -          | false       | T1    | plus       | MEMBER         | -             | false   | -         | Only a workspace Owner or Admin
      Business+ guest refused                  | -          | false       | T1    | plus       | GUEST          | -             | false   | -         | as a Guest
      enterprise plan workspace admin          | -          | false       | T1    | enterprise | ADMIN          | -             | true    | WORKSPACE | Admin
      compliance plan workspace owner          | -          | false       | T1    | compliance | OWNER          | -             | true    | WORKSPACE | Owner
      Pro owner refused                        | -          | false       | T1    | std        | OWNER          | -             | false   | -         | on the Pro plan
      Free owner refused                       | -          | false       | T1    | free       | OWNER          | -             | false   | -         | on the Free plan
      unknown plan refused                     | -          | false       | T1    | something  | OWNER          | -             | false   | -         | Business+ or Enterprise Grid is required
      Grid org install by org owner            | E1         | true        | -     | -          | MEMBER         | OWNER         | true    | ORG       | Org Owner
      Grid org install by org primary owner    | E1         | true        | -     | -          | ADMIN          | PRIMARY_OWNER | true    | ORG       | Org Primary Owner
      Grid org install by org admin refused    | E1         | true        | -     | -          | ADMIN          | ADMIN         | false   | -         | only an Org Owner
      Grid org install by member refused       | E1         | true        | -     | -          | MEMBER         | MEMBER        | false   | -         | only an Org Owner
      Grid workspace admin (no org role)       | E1         | true        | -     | -          | ADMIN          | -             | false   | -         | only an Org Owner
      Grid workspace install by org owner      | E1         | false       | T9    | -          | OWNER          | OWNER         | false   | -         | Install the app on the organisation, not on a workspace
      Grid install flagged org but with team   | E1         | true        | T9    | -          | OWNER          | OWNER         | false   | -         | Authorization error
      """)
  void decides(String name, String enterprise, boolean orgInstall, String team, String plan, SlackRole workspaceRole,
      SlackRole orgRole, boolean allowed, InstallLevel level, String roleOrRefusal) {
    SlackIdentity who = new SlackIdentity("U1", "Ada", "ada@example.com", false, workspaceRole, orgRole, enterprise);
    CreationDecision decision = CreationRules.decide(enterprise, orgInstall, team, plan, who);
    assertEquals(allowed, decision.allowed(), decision.refusal());
    if (allowed) {
      assertEquals(level, decision.installLevel());
      assertEquals(roleOrRefusal, decision.roleLabel());
    } else {
      assertTrue(decision.refusal().contains(roleOrRefusal), decision.refusal());
    }
  }
}
