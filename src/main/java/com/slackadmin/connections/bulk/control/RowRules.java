package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.card.control.CardInputs;
import com.slackadmin.connections.card.control.CardPlan;
import com.slackadmin.connections.card.control.HierarchyRule;
import com.slackadmin.connections.card.control.UserTargets;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the rules say of one row before Slack is asked to change anything: its inputs as the card checks them
 * (an email resolved to its account first), then the hierarchy rule for every account it changes. Pure, given
 * how to find an account's current roles.
 */
public final class RowRules {

  private RowRules() {}

  /** The row may run as {@code plan}, or is refused with an outcome code and a message. */
  public record Decision(CardPlan plan, String refusal, String message, String target) {

    static Decision run(CardPlan plan) {
      return new Decision(plan, null, null, plan.target());
    }

    static Decision refuse(String refusal, String message, String target) {
      return new Decision(null, refusal, message, target);
    }

    public boolean refused() {
      return refusal != null;
    }
  }

  /**
   * @param accounts an account's current roles by user id, empty when Slack knows no such account
   * @param connectionRole the connection's account's role now
   * @param orgWide whether the connection is installed on a Grid org (the higher of org and workspace role counts)
   */
  public static Decision decide(Card card, Map<String, String> raw, Roster roster,
      Function<String, Optional<SlackIdentity>> accounts, SlackRole connectionRole, boolean orgWide) {
    return decide(card, raw, roster, roster::userIdOf, null, accounts, connectionRole, orgWide);
  }

  /**
   * @param idOfEmail finds an account named by its email ({@link UserTargets#resolve}, as a single card run does)
   * @param organisation the connection's Slack organisation, to say where an email found no one
   */
  public static Decision decide(Card card, Map<String, String> raw, Roster roster,
      Function<String, Optional<String>> idOfEmail, String organisation,
      Function<String, Optional<SlackIdentity>> accounts, SlackRole connectionRole, boolean orgWide) {
    Map<String, String> given = new HashMap<>(raw);
    String email = BulkCards.findsByEmail(card) ? given.remove(BulkCards.EMAIL) : null;
    if (email != null && given.containsKey(BulkCards.USER_ID)) {
      return Decision.refuse(UseRefusal.Reason.VALIDATION_FAILED.code(),
          "Give the account's userId or its email, not both.", email);
    }
    if (email != null) {
      given.put(BulkCards.USER_ID, email);
    }
    String named = given.get(BulkCards.USER_ID);
    if (CardInputs.isEmail(named)) {
      try {
        given = new HashMap<>(UserTargets.resolve(given, idOfEmail, organisation));
      } catch (UseRefusal notFound) {
        return Decision.refuse("not_found", notFound.getMessage(), named);
      }
    }
    CardPlan plan;
    try {
      plan = CardPlan.of(card, CardInputs.validate(card, given));
    } catch (UseRefusal invalid) {
      String fields = invalid.fieldErrors().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; "));
      return Decision.refuse(invalid.reason().code(), fields.isEmpty() ? invalid.getMessage() : fields,
          given.getOrDefault(BulkCards.USER_ID, email));
    }
    for (String userId : plan.changedUsers()) {
      Optional<SlackIdentity> target = roster.account(userId).or(() -> accounts.apply(userId));
      if (target.isEmpty()) {
        continue; // Slack will answer for an account it does not have; nothing outranks the connection
      }
      Optional<String> refusal = HierarchyRule.refusal(connectionRole,
          HierarchyRule.targetRank(target.get(), orgWide));
      if (refusal.isPresent()) {
        return Decision.refuse(UseRefusal.Reason.TARGET_OUTRANKS_CONNECTION.code(), refusal.get(), plan.target());
      }
    }
    return Decision.run(plan);
  }
}
