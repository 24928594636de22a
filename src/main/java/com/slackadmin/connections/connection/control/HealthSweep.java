package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.slack.control.SlackRateBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the health sweep: every connection not verified within {@code HEALTH_SWEEP_INTERVAL} is checked
 * through the {@link UseGate}, as a person's Test is (token refresh, role, plan), by the system actor, so the
 * results are stored, recorded and announced exactly as a Test's are. Each check is claimed first
 * ({@link HealthStore#claim}), so one node checks it, and paced within its Slack org's Web API tiers.
 */
@ApplicationScoped
public class HealthSweep {

  /** Who the audit trail and notifications say made the checks. */
  static final ConsoleUser SYSTEM = ConsoleUser.system("system (health sweep)");
  private static final Logger LOG = Logger.getLogger(HealthSweep.class.getName());

  /** The sweep's check: a Test's, recorded as {@code health_check}. */
  static final UseGate.Use<VerifiedConnection> CHECK = new CheckOnly(AuditEvent.HEALTH_CHECK);

  @Inject
  HealthStore store;

  @Inject
  UseGate gate;

  @Inject
  SlackRateBudget budget;

  @Inject
  HealthSettings settings;

  @Inject
  Clock clock;

  private volatile boolean stopping;

  /** Checks the connections due now (a batch of them); answers how many checks it stored. */
  public int sweep() {
    Duration interval = settings.interval();
    if (interval.isZero()) {
      return 0;
    }
    Instant now = clock.instant();
    int checked = 0;
    for (HealthStore.Due due : store.due(now.minus(interval), now, settings.batch())) {
      if (stopping) {
        break;
      }
      if (check(due, interval)) {
        checked++;
      }
    }
    return checked;
  }

  void stop() {
    stopping = true;
  }

  /**
   * Claims and checks one connection. A check that Slack answered (the account still qualifies or not, the token
   * gone) gives up the claim; one that Slack did not answer (unreachable, rate limited) keeps it until the lease
   * runs out, so the connection is tried again then and not at once by every node.
   */
  private boolean check(HealthStore.Due due, Duration interval) {
    Instant now = clock.instant();
    String holder = UUID.randomUUID().toString();
    if (!store.claim(due.id(), now.minus(interval), now, now.plus(settings.lease()), holder)) {
      return false; // verified meanwhile, or another node has it
    }
    if (!budget.takeWebApi(due.org(), due.methods(), settings.patience())) {
      store.release(due.id(), holder); // the org is busy: the next pass takes it again
      return false;
    }
    boolean answered;
    try {
      gate.pass(SYSTEM, due.id(), CHECK);
      answered = true;
    } catch (UseRefusal refused) {
      answered = refused.reason().marksConnection();
    } catch (ConnectionNotFoundException deleted) {
      return false;
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, failed, () -> "The health check of connection " + due.id() + " failed");
      answered = false;
    }
    if (answered) {
      store.release(due.id(), holder);
    }
    return answered;
  }
}
