package com.slackadmin.connections.card.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardFailure;
import com.slackadmin.connections.card.entity.CardOutcome;
import com.slackadmin.connections.card.entity.CardResult;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.control.UseRefusedException;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Runs a card with a connection, the one place where the rules of DESIGN section 2 meet every use, from the
 * console and from the JSON API alike. In order: who may use the connection ({@code ConnectionAccess}), the inputs, the retention check
 * ({@link ConnectionService#verify}, which also updates the connection's status), the hierarchy rule for
 * cards that change an account; only then is SCIM called. Every run that names a visible connection is
 * recorded in its audit trail, whatever its outcome; its inputs are not, as some may hold secrets.
 */
@ApplicationScoped
public class CardRunner {

  @Inject
  ConnectionService connections;

  @Inject
  SlackGateway slack;

  @Inject
  CardActions actions;

  @Inject
  Event<AuditEvent> audit;

  /**
   * @throws CardFailure for every refusal and failure, already recorded
   * @throws com.slackadmin.connections.account.control.NotPermittedException for a VIEWER or a connection only
   *     seen (nothing is run)
   */
  public CardResult run(ConsoleUser user, long connectionId, Card card, Map<String, String> rawInputs) {
    SlackConnection connection = connections.requireUsable(user, connectionId);
    long started = System.nanoTime();
    String target = null;
    try {
      CardPlan plan = CardPlan.of(card, CardInputs.validate(card, rawInputs));
      target = plan.target();
      VerifiedConnection verified = verify(user, connectionId);
      requireRank(verified, plan);
      CardActions.Done done;
      try {
        done = actions.run(plan, verified.accessToken());
      } finally {
        // the use reached Slack, whatever Slack answered
        connections.markUsed(connectionId);
      }
      long duration = millisSince(started);
      record(user, connection, card, target, CardOutcome.OK, null, duration);
      return new CardResult(card, target, done.output(), done.scim(), done.table(), duration);
    } catch (CardFailure failed) {
      record(user, connection, card, target, failed.outcome(), failed.slackError(), millisSince(started));
      throw failed;
    } catch (SlackException failed) {
      CardFailure translated = SlackFailures.of(failed);
      record(user, connection, card, target, translated.outcome(), translated.slackError(), millisSince(started));
      throw translated;
    }
  }

  private VerifiedConnection verify(ConsoleUser user, long connectionId) {
    try {
      return connections.verify(user, connectionId);
    } catch (UseRefusedException refused) {
      CardOutcome outcome = "permission_lost".equals(refused.code()) ? CardOutcome.PERMISSION_LOST
          : CardOutcome.REAUTHORIZATION_REQUIRED;
      throw new CardFailure(outcome, refused.getMessage(), refused.slackError(), null, null, null);
    }
  }

  /** The hierarchy rule, with each target's current role from {@code users.info} on the connection's token. */
  private void requireRank(VerifiedConnection verified, CardPlan plan) {
    boolean orgWide = verified.connection().getInstallLevel() == InstallLevel.ORG;
    for (String userId : plan.changedUsers()) {
      SlackRole target = HierarchyRule.targetRank(slack.identity(verified.accessToken(), userId), orgWide);
      String refusal = HierarchyRule.refusal(verified.currentRole(), target).orElse(null);
      if (refusal != null) {
        throw CardFailure.of(CardOutcome.TARGET_OUTRANKS_CONNECTION, refusal);
      }
    }
  }

  private void record(ConsoleUser user, SlackConnection connection, Card card, String target, CardOutcome outcome,
      String slackError, long durationMs) {
    audit.fire(new AuditEvent(user.getId(), user.getUsername(), connection.getId(), connection.getNickname(),
        card.getName(), target, outcome.code(), slackError, durationMs));
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
