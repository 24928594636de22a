package com.slackadmin.connections.audit.control;

import java.util.Set;

/**
 * Something done with a connection, fired as a CDI event by the feature that did it and recorded by
 * {@link AuditTrail}. Never carries inputs that hold secrets.
 *
 * @param consoleUserId who did it (null for the system, e.g. a background token refresh)
 * @param action a lifecycle event ({@code created}, {@code renamed}, ...) or a card name
 * @param target the Slack user or group acted on, if any
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

  /**
   * Actions that change a connection or who has it rather than use it. Every other action (a test, an action
   * card, whatever its outcome) counts as a use on the Connections page.
   */
  public static final Set<String> LIFECYCLE = Set.of("created", "reauthorized", "renamed", "deleted",
      "status_changed", "shared", "unshared", "transferred");
}
