package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.UseRefusal.Reason;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way to use a connection: a Test, a card run, whatever comes next. In order, it loads the connection
 * once, decides access once ({@code ConsoleAccess}, through the store), lets the use check its own inputs,
 * refreshes a rotating token that is about to expire, asks Slack whether the authorising account still
 * holds its role ({@link RetentionRule}) and, for a Test or a health check of a standalone workspace, whether
 * its plan still has the SCIM API ({@link PlanRule}), and stores the status that follows, announcing a change
 * ({@link ConnectionStatusChanged}); only then does it hand the use a {@link VerifiedConnection} for its Slack
 * calls.
 *
 * <p><b>What a use is</b> (the console, the JSON API and the README say the same): one attempt to act at Slack
 * through a connection whose own inputs were valid: a Test, a card run, a stretch of a bulk run between two
 * checks. Its outcome ({@link UseOutcome}) is <em>ok</em>, <em>refused</em> (a rule said no:
 * {@code permission_lost}, {@code reauthorization_required}, {@code target_outranks_connection}) or
 * <em>failed</em> ({@code slack_error}, {@code rate_limited}, {@code slack_unavailable}, {@code outcome_unknown},
 * {@code internal_error}). An attempt refused for its own invalid inputs ({@code validation_failed}) is in the
 * audit trail but is not a use; nor are lifecycle events (created, renamed, shared, ...). Every attempt of a
 * user who may use the connection is recorded in the audit trail; every use is also the connection's last use,
 * with who made it and its outcome, so that "Last used" and the counts of uses read the same definition. The
 * system's own checks (the health sweep, {@code health_check}) are recorded too, but are no one's use: they leave
 * "last used" and the counts to people and scripts.
 *
 * <p>Slack is called outside database transactions; status and last use are single UPDATE statements, so
 * concurrent uses of one connection do not conflict. A check that changes the status is stored before the use
 * goes on; one that finds the connection as stored is written with the use's record and last use, in one
 * commit ({@link UseRecords}).
 */
@ApplicationScoped
public class UseGate {

  static final String INTERNAL_ERROR = "internal_error";
  private static final Logger LOG = Logger.getLogger(UseGate.class.getName());

  /** A use of a connection, as the gate runs it. */
  public interface Use<T> {

    /** What the audit trail calls this use: {@code tested}, or a card's name. */
    String action();

    /** What {@code ConsoleAccess} must allow the user; a Test and a card run share one rule today. */
    default Action access() {
      return Action.RUN_CARD;
    }

    /**
     * Whether the check also asks Slack for a standalone workspace's plan ({@code team.billing.info}): a Test
     * and the health sweep do; card runs leave it to them, as a plan changes far more rarely than a role.
     */
    default boolean checksPlan() {
      return false;
    }

    /**
     * Checks the use's own inputs before Slack is asked anything.
     *
     * @return what the audit trail names as the use's target, or null
     * @throws UseRefusal with {@link Reason#VALIDATION_FAILED}
     */
    default String prepare() {
      return null;
    }

    /**
     * Does the use's work at Slack with the verified connection.
     *
     * @throws UseRefusal when a rule refuses it
     * @throws SlackException when Slack refuses or fails; the gate words it as a refusal
     */
    T run(VerifiedConnection connection);
  }

  @Inject
  ConnectionStore store;

  @Inject
  SlackGateway slack;

  @Inject
  TokenCipher cipher;

  @Inject
  TokenRefresher refresher;

  @Inject
  Clock clock;

  @Inject
  Event<AuditEvent> audit;

  @Inject
  UseRecords records;

  @Inject
  Event<ConnectionStatusChanged> statusChanges;

  /**
   * Runs {@code use} with the connection, if every check passes.
   *
   * @throws ConnectionNotFoundException when the user may not see the connection (nothing is recorded)
   * @throws com.slackadmin.connections.platform.NotPermittedException when they see it but may not use it
   * @throws UseRefusal for every refusal and failure of the use, already recorded
   */
  public <T> T pass(ConsoleUser user, long connectionId, Use<T> use) {
    SlackConnection connection = store.require(user, connectionId, use.access());
    long started = System.nanoTime();
    String target = null;
    // what a fault of ours (a database error, say) is recorded as: never as a success, nor as Slack's fault
    String outcome = INTERNAL_ERROR;
    String slackError = null;
    Instant unstoredCheck = null;
    try {
      target = use.prepare();
      Checked checked = verify(user, connection, use.checksPlan());
      unstoredCheck = checked.unstoredAt();
      T result = use.run(checked.connection());
      outcome = AuditEvent.OK;
      return result;
    } catch (UseRefusal refused) {
      outcome = refused.reason().code();
      slackError = refused.slackError();
      throw refused;
    } catch (SlackException failed) {
      UseRefusal refused = UseRefusal.of(failed);
      outcome = refused.reason().code();
      slackError = refused.slackError();
      throw refused;
    } finally {
      AuditEvent used = AuditEvent.by(user, connectionId, connection.getNickname())
          .used(use.action(), target, outcome, slackError, (System.nanoTime() - started) / 1_000_000);
      record(user, used, unstoredCheck);
    }
  }

  /** A connection Slack confirmed, and when, if that check is still to be stored with the use. */
  private record Checked(VerifiedConnection connection, Instant unstoredAt) {}

  /**
   * The record, the last use and an unchanged check in one commit; an attempt that is not a use (its inputs
   * were refused, Slack was not asked) is recorded alone. Once Slack was asked, no failure here may turn the
   * use into a failure: the caller would try again, and a change would be made twice. So when that commit
   * fails the record is written alone, and a record that cannot be written goes to the server log, in full.
   */
  private void record(ConsoleUser user, AuditEvent used, Instant unstoredCheck) {
    if (!UseOutcome.isUse(used.outcome())) {
      audit.fire(used);
      return;
    }
    try {
      if (user.isSystem()) {
        records.checked(used, unstoredCheck);
      } else {
        records.used(used, clock.instant(), unstoredCheck);
      }
      return;
    } catch (RuntimeException unmarked) {
      LOG.log(Level.WARNING, unmarked, () -> "A use of connection " + used.connectionId()
          + " could not be stored with its last use; recording the use alone");
    }
    try {
      audit.fire(used);
    } catch (RuntimeException unrecorded) {
      LOG.log(Level.SEVERE, unrecorded, () -> "The audit trail could not record this use: " + used);
    }
  }

  /**
   * The check before every use: a token refresh if due, the retention rule, the status that follows. A
   * connection that needs attention is checked again too: the role or the token may be back.
   */
  private Checked verify(ConsoleUser user, SlackConnection loaded, boolean checksPlan) {
    SlackConnection connection = refreshIfDue(loaded);
    String token = cipher.decrypt(connection.getAccessTokenCiphertext());
    boolean orgWide = connection.getInstallLevel() == InstallLevel.ORG;
    SlackIdentity who;
    try {
      who = slack.identity(token, connection.getSlackUserId());
    } catch (SlackException refused) {
      if (!refused.tokenGone()) {
        throw refused;
      }
      String reason = "Slack no longer accepts this connection's token (" + refused.error() + "). Reauthorize it.";
      recordCheck(user, connection, ConnectionStatus.REAUTHORIZATION_REQUIRED, reason, refused.error());
      throw UseRefusal.of(Reason.REAUTHORIZATION_REQUIRED, reason, refused.error());
    }
    String role = RetentionRule.roleNow(who, orgWide);
    if (!role.equals(connection.getSlackUserRole())) {
      store.recordRole(connection.getId(), role);
      connection.roleReported(role);
    }
    String lost = RetentionRule.permissionLost(who, orgWide).orElse(null);
    if (lost == null && checksPlan && connection.getEnterpriseId() == null) {
      lost = PlanRule.planLost(slack.plan(token)).orElse(null);
    }
    if (lost != null) {
      recordCheck(user, connection, ConnectionStatus.PERMISSION_LOST, lost, null);
      throw UseRefusal.of(Reason.PERMISSION_LOST, lost);
    }
    Instant unstored = null;
    if (connection.getStatus() == ConnectionStatus.ACTIVE) {
      unstored = clock.instant();
      connection.markActive(unstored);
    } else {
      recordCheck(user, connection, ConnectionStatus.ACTIVE, null, null);
    }
    return new Checked(new VerifiedConnection(connection, token, who.effectiveRole(orgWide)), unstored);
  }

  /**
   * The connection with a fresh token when its rotating token was about to expire (read again, for the new
   * token: the only second read of a use); as loaded otherwise.
   */
  private SlackConnection refreshIfDue(SlackConnection connection) {
    if (!TokenRefresher.isDue(connection, clock.instant(), TokenRefresher.USE_MARGIN)) {
      return connection;
    }
    TokenRefresher.Outcome outcome = refresher.refreshIfDue(connection.getId(), TokenRefresher.USE_MARGIN);
    SlackConnection after = store.require(connection.getId());
    if (outcome == TokenRefresher.Outcome.REFUSED) {
      throw UseRefusal.of(Reason.REAUTHORIZATION_REQUIRED, after.getStatusReason());
    }
    return after;
  }

  /** Stores the check's result; a change of status is recorded once, however many uses race. */
  private void recordCheck(ConsoleUser user, SlackConnection connection, ConnectionStatus status, String reason,
      String slackError) {
    Instant now = clock.instant();
    ConnectionStatus before = connection.getStatus();
    if (store.recordCheck(connection.getId(), status, reason, now)) {
      audit.fire(AuditEvent.by(user, connection.getId(), connection.getNickname())
          .statusChanged(status.name().toLowerCase(Locale.ROOT), slackError));
      announce(new ConnectionStatusChanged(connection.getId(), connection.getNickname(),
          connection.getSlackOrganisation(), before, status, reason, slackError, user.getUsername(),
          ConnectionStatusChanged.Cause.CHECK));
    }
    // the handle the use gets shows the connection as it now is
    if (status == ConnectionStatus.ACTIVE) {
      connection.markActive(now);
    } else {
      connection.markNeedsAttention(status, reason, now);
    }
  }

  /** Tells whoever listens; telling people must never fail the use, whose status is stored already. */
  private void announce(ConnectionStatusChanged change) {
    try {
      statusChanges.fire(change);
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, failed, () -> "Announcing the status change of connection " + change.connectionId()
          + " failed");
    }
  }
}
