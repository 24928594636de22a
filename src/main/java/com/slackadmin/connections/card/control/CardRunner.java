package com.slackadmin.connections.card.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardResult;
import com.slackadmin.connections.connection.control.UseGate;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Runs a card with a connection, from the console and from the JSON API alike, through the connection
 * feature's {@link UseGate}: who may use the connection, then the card's inputs, then the retention check,
 * then (here) the hierarchy rule for cards that change an account; only then is SCIM called. The gate records
 * every run in the connection's audit trail, whatever its outcome; the inputs are not recorded, as some may
 * hold secrets.
 */
@ApplicationScoped
public class CardRunner {

  @Inject
  UseGate gate;

  @Inject
  SlackGateway slack;

  @Inject
  CardActions actions;

  /**
   * @throws UseRefusal for every refusal and failure, already recorded
   * @throws com.slackadmin.connections.platform.NotPermittedException for a VIEWER or a connection only seen
   *     (nothing is run)
   */
  public CardResult run(ConsoleUser user, long connectionId, Card card, Map<String, String> rawInputs) {
    return gate.pass(user, connectionId, new CardUse(card, rawInputs));
  }

  /** One card run as the gate runs it. */
  private final class CardUse implements UseGate.Use<CardResult> {

    private final Card card;
    private final Map<String, String> rawInputs;
    private final long started = System.nanoTime();
    private CardPlan plan;

    CardUse(Card card, Map<String, String> rawInputs) {
      this.card = card;
      this.rawInputs = rawInputs;
    }

    @Override
    public String action() {
      return card.getName();
    }

    @Override
    public String prepare() {
      plan = CardPlan.of(card, CardInputs.validate(card, rawInputs));
      return plan.target();
    }

    @Override
    public CardResult run(VerifiedConnection connection) {
      requireRank(connection, plan);
      CardActions.Done done = actions.run(plan, connection.scimAccess());
      return new CardResult(card, plan.target(), done.output(), done.scim(), done.table(),
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** The hierarchy rule, with each target's current role from {@code users.info} on the connection's token. */
  private void requireRank(VerifiedConnection connection, CardPlan plan) {
    boolean orgWide = connection.connection().getInstallLevel() == InstallLevel.ORG;
    for (String userId : plan.changedUsers()) {
      SlackRole target = HierarchyRule.targetRank(slack.identity(connection.accessToken(), userId), orgWide);
      String refusal = HierarchyRule.refusal(connection.currentRole(), target).orElse(null);
      if (refusal != null) {
        throw UseRefusal.of(UseRefusal.Reason.TARGET_OUTRANKS_CONNECTION, refusal);
      }
    }
  }
}
