package com.slackadmin.connections.audit.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import java.util.Set;

/**
 * Something done with a connection, fired as a CDI event by the feature that did it and recorded by
 * {@link AuditTrail}. Never carries inputs that hold secrets. Built through {@link #by} or {@link #bySystem}:
 * who acted on which connection, then what happened.
 *
 * @param consoleUserId who did it (null for the system, e.g. a background token refresh)
 * @param action a lifecycle event ({@code created}, {@code renamed}, ...) or a use ({@code tested}, a card name)
 * @param target the Slack user or group acted on, or the teammate a share concerns, if any
 * @param outcome {@code ok} or a stable error code ({@code permission_lost}, {@code slack_error}, ...)
 * @param slackError Slack's own error code, if Slack refused
 * @param durationMs how long the use took, or null for lifecycle events
 */
public record AuditEvent(
    Long consoleUserId,
    String consoleUsername,
    Long connectionId,
    String connectionNickname,
    String action,
    String target,
    String outcome,
    String slackError,
    Long durationMs) {

  public static final String OK = "ok";
  public static final String STATUS_CHANGED = "status_changed";

  /** The health sweep's check of a connection, recorded by the system actor. */
  public static final String HEALTH_CHECK = "health_check";

  /**
   * Actions that change a connection or who has it rather than use it, and the health sweep's checks, which keep
   * it rather than use it. Every other action (a test, an action card, a stretch of a bulk run) is an attempt to
   * use it; which attempts count as uses, by their outcome, is the connection feature's to say.
   */
  public static final Set<String> LIFECYCLE = Set.of("created", "reauthorized", "renamed", "deleted",
      STATUS_CHANGED, "shared", "unshared", "transferred", "bulk-run-started", "bulk-run-paused",
      "bulk-run-resumed", "bulk-run-finished", "bulk-run-cancelled", HEALTH_CHECK);

  /** Something a console user did with a connection. */
  public static Subject by(ConsoleUser actor, long connectionId, String nickname) {
    return new Subject(actor.getId(), actor.getUsername(), connectionId, nickname);
  }

  /** Something that happened to a connection without anyone asking (a background token refresh). */
  public static Subject bySystem(long connectionId, String nickname) {
    return new Subject(null, null, connectionId, nickname);
  }

  /** Who acted on which connection; its methods say what happened. */
  public record Subject(Long consoleUserId, String consoleUsername, long connectionId, String nickname) {

    /** A lifecycle event that succeeded; {@code target} may be null. */
    public AuditEvent changed(String action, String target) {
      return changed(action, target, OK);
    }

    /** A lifecycle event with its outcome, e.g. {@code deleted} with {@code token_not_revoked}. */
    public AuditEvent changed(String action, String target, String outcome) {
      return new AuditEvent(consoleUserId, consoleUsername, connectionId, nickname, action, target, outcome, null,
          null);
    }

    /** The connection's status became {@code status} (lower case), because of Slack's {@code slackError}. */
    public AuditEvent statusChanged(String status, String slackError) {
      return new AuditEvent(consoleUserId, consoleUsername, connectionId, nickname, STATUS_CHANGED, null, status,
          slackError, null);
    }

    /** A use (a Test, a card run), whatever its outcome. */
    public AuditEvent used(String action, String target, String outcome, String slackError, long durationMs) {
      return new AuditEvent(consoleUserId, consoleUsername, connectionId, nickname, action, target, outcome,
          slackError, durationMs);
    }
  }
}
