package com.slackadmin.connections.bulk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the rules say of one bulk row before Slack is asked to change anything. */
class RowRulesTest {

  private static final Roster ROSTER = new Roster(List.of(
      account("U0OWNER01", "owner@acme.example", SlackRole.OWNER),
      account("U0ADMIN01", "admin@acme.example", SlackRole.ADMIN),
      account("U0MEMBER1", "member@acme.example", SlackRole.MEMBER),
      account("U0GUEST01", "guest@acme.example", SlackRole.GUEST)), Instant.EPOCH);

  /** Accounts the roster does not have, as {@code users.info} would tell them. */
  private static Optional<SlackIdentity> lookedUp(String userId) {
    return "U0NEWOWNR".equals(userId) ? Optional.of(account(userId, "new@acme.example", SlackRole.OWNER))
        : Optional.empty();
  }

  @ParameterizedTest(name = "{0} {1} by an {2}: {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      deactivate-user   | userId=U0MEMBER1                    | ADMIN | run                        | U0MEMBER1
      deactivate-user   | userId=U0ADMIN01                    | ADMIN | run                        | U0ADMIN01
      deactivate-user   | userId=U0OWNER01                    | ADMIN | target_outranks_connection | U0OWNER01
      deactivate-user   | userId=U0OWNER01                    | OWNER | run                        | U0OWNER01
      deactivate-user   | userId=U0NEWOWNR                    | ADMIN | target_outranks_connection | U0NEWOWNR
      deactivate-user   | userId=U0UNKNOWN                    | ADMIN | run                        | U0UNKNOWN
      deactivate-user   | email=MEMBER@acme.example           | ADMIN | run                        | U0MEMBER1
      deactivate-user   | email=owner@acme.example            | ADMIN | target_outranks_connection | U0OWNER01
      deactivate-user   | email=nobody@acme.example           | ADMIN | not_found                  | nobody@acme.example
      deactivate-user   | email=member@acme.example,userId=U0GUEST01 | ADMIN | validation_failed   | member@acme.example
      deactivate-user   | userId=not an id                    | ADMIN | validation_failed          | not an id
      deactivate-user   | userId=member@acme.example          | ADMIN | run                        | U0MEMBER1
      deactivate-user   | userId=owner@acme.example           | ADMIN | target_outranks_connection | U0OWNER01
      activate-user     | userId=U0GUEST01                    | ADMIN | run                        | U0GUEST01
      add-user-to-group | groupId=S0GROUP01,userId=U0OWNER01  | ADMIN | target_outranks_connection | U0OWNER01 in S0GROUP01
      add-user-to-group | groupId=S0GROUP01,email=guest@acme.example | ADMIN | run                 | U0GUEST01 in S0GROUP01
      update-user       | userId=U0MEMBER1,email=new@acme.example | ADMIN | run                    | U0MEMBER1
      read-user         | userId=U0OWNER01                    | ADMIN | run                        | U0OWNER01
      create-user       | userName=ada,email=ada@acme.example | ADMIN | run                        | ada
      create-user       | userName=ada                        | ADMIN | validation_failed          | -
      """)
  void aRowRunsOrIsRefusedBeforeSlackIsAsked(String card, String inputs, SlackRole connection, String expected,
      String target) {
    RowRules.Decision decision = RowRules.decide(Card.named(card).orElseThrow(), parse(inputs), ROSTER,
        RowRulesTest::lookedUp, connection, false);
    assertEquals(expected, decision.refused() ? decision.refusal() : "run", decision.message());
    assertEquals(target, decision.target());
  }

  private static Map<String, String> parse(String inputs) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String pair : inputs.split(",")) {
      String[] parts = pair.split("=", 2);
      parsed.put(parts[0].trim(), parts[1].trim());
    }
    return parsed;
  }

  private static SlackIdentity account(String id, String email, SlackRole role) {
    return new SlackIdentity(id, id.toLowerCase(), email, false, role, null, null);
  }
}
