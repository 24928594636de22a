package com.slackadmin.connections.card.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardResult;
import com.slackadmin.connections.connection.control.UseGate;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a card with a connection, from the console and from the JSON API alike, through the connection
 * feature's {@link UseGate}: who may use the connection, then the card's inputs, then the retention check,
 * then (here) an account named by its email is found ({@link UserTargets}) and the hierarchy rule runs for cards
 * that change an account; only then is SCIM called. The gate records every run in the connection's audit trail,
 * whatever its outcome; the inputs are not recorded, as some may hold secrets.
 */
@ApplicationScoped
public class CardRunner {

  @Inject
  UseGate gate;

  @Inject
  SlackGateway slack;

  @Inject
  CardActions actions;

  @Inject
  UserTargets targets;

  /**
   * The account a card that {@link Card#asksToConfirm()} would change, read at Slack, with the organisation and
   * whom the connection acts as: what the console asks a person to confirm.
   */
  public record Confirmation(Card card, String userId, String name, String email, boolean active,
      String organisation, String actingAs) {

    public String getUserId() {
      return userId;
    }

    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public boolean isActive() {
      return active;
    }

    public String getOrganisation() {
      return organisation;
    }

    public String getActingAs() {
      return actingAs;
    }
  }

  /**
   * @throws UseRefusal for every refusal and failure, already recorded
   * @throws com.slackadmin.connections.platform.NotPermittedException for a VIEWER or a connection only seen
   *     (nothing is run)
   */
  public CardResult run(ConsoleUser user, long connectionId, Card card, Map<String, String> rawInputs) {
    return gate.pass(user, connectionId, new CardUse(card, rawInputs));
  }

  /**
   * Reads the account a card would change, to ask for a confirmation: a use of its own, recorded as a Read User
   * of that account, that changes nothing.
   *
   * @throws UseRefusal as {@link #run}, for the card's inputs or the look-up
   */
  public Confirmation confirmation(ConsoleUser user, long connectionId, Card card, Map<String, String> rawInputs) {
    return gate.pass(user, connectionId, new ConfirmationUse(card, rawInputs));
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
      String organisation = connection.connection().getSlackOrganisation();
      CardPlan resolved = resolve(plan, connection);
      Map<String, SlackIdentity> accounts = requireRank(connection, resolved);
      CardActions.Done done = actions.run(resolved, connection.scimAccess());
      return new CardResult(card, plan.target(), done.output(), done.scim(), done.table(),
          (System.nanoTime() - started) / 1_000_000,
          CardSummary.of(card, resolved.inputs(), done.output(), accounts, organisation));
    }
  }

  /**
   * The look-up of the account a card would change, as the gate runs it: a Read User of that account, after the
   * hierarchy rule.
   */
  private final class ConfirmationUse implements UseGate.Use<Confirmation> {

    private final Card card;
    private final Map<String, String> rawInputs;
    private CardPlan read;

    ConfirmationUse(Card card, Map<String, String> rawInputs) {
      this.card = card;
      this.rawInputs = rawInputs;
    }

    @Override
    public String action() {
      return Card.READ_USER.getName();
    }

    @Override
    public String prepare() {
      Map<String, String> valid = CardInputs.validate(card, rawInputs);
      read = CardPlan.of(Card.READ_USER, Map.of(UserTargets.USER_ID, valid.get(UserTargets.USER_ID)));
      return read.target();
    }

    @Override
    public Confirmation run(VerifiedConnection connection) {
      CardPlan resolved = resolve(read, connection);
      // a change the hierarchy rule would refuse is refused now, rather than asked about
      requireRank(connection, CardPlan.of(card, resolved.inputs()));
      JsonObject account = actions.run(resolved, connection.scimAccess()).output().getJsonObject("user");
      return new Confirmation(card, account.getString("id"), CardSummary.nameOf(account),
          account.getString("email", ""), account.getBoolean("active", true),
          connection.connection().getSlackOrganisation(), actingAs(connection));
    }
  }

  /** The connection's Slack account as people know it: "Ada Admin (admin@acme.example), Admin". */
  private static String actingAs(VerifiedConnection connection) {
    String email = connection.connection().getSlackUserEmail();
    return connection.connection().getSlackUserName() + (email == null || email.isBlank() ? "" : " (" + email + ")")
        + ", " + connection.currentRole().label();
  }

  /** The plan with an account named by its email replaced by the account's id, found in the connection's org. */
  private CardPlan resolve(CardPlan plan, VerifiedConnection connection) {
    Map<String, String> inputs = UserTargets.resolve(plan.inputs(),
        email -> targets.idOf(connection.scimAccess(), email), connection.connection().getSlackOrganisation());
    return inputs == plan.inputs() ? plan : CardPlan.of(plan.card(), inputs);
  }

  /**
   * The hierarchy rule, with each target's current role from {@code users.info} on the connection's token.
   *
   * @return the targets as read, by id, for the result's summary
   */
  private Map<String, SlackIdentity> requireRank(VerifiedConnection connection, CardPlan plan) {
    boolean orgWide = connection.connection().getInstallLevel() == InstallLevel.ORG;
    Map<String, SlackIdentity> accounts = new LinkedHashMap<>();
    for (String userId : plan.changedUsers()) {
      SlackIdentity account = slack.identity(connection.accessToken(), userId);
      SlackRole target = HierarchyRule.targetRank(account, orgWide);
      String refusal = HierarchyRule.refusal(connection.currentRole(), target).orElse(null);
      if (refusal != null) {
        throw UseRefusal.of(UseRefusal.Reason.TARGET_OUTRANKS_CONNECTION, refusal);
      }
      accounts.put(userId, account);
    }
    return accounts;
  }
}
