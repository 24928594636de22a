package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.UseRefusal.Reason;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a use of a connection ended, in the three words the console shows: the one place that sorts what the
 * audit trail records into ok, refused and failed, and that says which recorded attempts are not uses at all
 * (see {@link UseGate} for what a use is). The Connections page's "Last used", its 30-day counts and a
 * connection's activity chart all read through here, so they cannot disagree.
 */
public enum UseOutcome {
  /** Slack did what was asked. */
  OK,
  /** A rule said no before Slack was asked to change anything: the account lost its role, or outranks. */
  REFUSED,
  /** Slack refused or failed, or we did. */
  FAILED;

  /** What the audit trail records for attempts that are not uses: refused for their own invalid inputs. */
  public static final Set<String> NOT_USES = Set.of(Reason.VALIDATION_FAILED.code());

  /**
   * The outcome of a recorded use, from its audit outcome: {@code ok}, a {@link Reason#code()} or
   * {@code internal_error}. Empty for an attempt that is not a use. A code this version does not know counts
   * as failed: it is not ok, and no known rule refused it. Empty for null (a use before outcomes were kept).
   */
  public static Optional<UseOutcome> of(String recorded) {
    if (recorded == null) {
      return Optional.empty();
    }
    if (AuditEvent.OK.equals(recorded)) {
      return Optional.of(OK);
    }
    return Arrays.stream(Reason.values()).filter(reason -> reason.code().equals(recorded)).findFirst()
        .map(UseOutcome::of).orElse(Optional.of(FAILED));
  }

  /** The outcome of a use the gate refused for {@code reason}; empty when such an attempt is not a use. */
  public static Optional<UseOutcome> of(Reason reason) {
    // no default: a new reason does not compile until it is sorted here
    return switch (reason) {
      case VALIDATION_FAILED -> Optional.empty();
      case PERMISSION_LOST, REAUTHORIZATION_REQUIRED, TARGET_OUTRANKS_CONNECTION -> Optional.of(REFUSED);
      case SLACK_ERROR, RATE_LIMITED, SLACK_UNAVAILABLE, OUTCOME_UNKNOWN -> Optional.of(FAILED);
    };
  }

  /** Whether an attempt recorded with this outcome is a use. */
  public static boolean isUse(String recorded) {
    return of(recorded).isPresent();
  }

  /** The word the console shows: ok, refused, failed. */
  public String getLabel() {
    return name().toLowerCase(Locale.ROOT);
  }
}
