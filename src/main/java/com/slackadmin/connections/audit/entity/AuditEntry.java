package com.slackadmin.connections.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One use or lifecycle event of a connection. Names are copied, not referenced, so the trail outlives
 * the connection and stays readable after a rename.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.OF_CONNECTION,
    query = "select e from AuditEntry e where e.connectionId = :connectionId order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEntry.COUNT_OF_CONNECTION,
    query = "select count(e) from AuditEntry e where e.connectionId = :connectionId")
public class AuditEntry {

  public static final String OF_CONNECTION = "AuditEntry.ofConnection";
  public static final String COUNT_OF_CONNECTION = "AuditEntry.countOfConnection";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "console_user_id")
  private Long consoleUserId;

  @Column(name = "console_username", length = 64)
  private String consoleUsername;

  @Column(name = "connection_id")
  private Long connectionId;

  @Column(name = "connection_nickname", length = 80)
  private String connectionNickname;

  @Column(nullable = false, length = 64)
  private String action;

  @Column
  private String target;

  @Column(nullable = false, length = 64)
  private String outcome;

  @Column(name = "slack_error")
  private String slackError;

  @Column(name = "duration_ms")
  private Long durationMs;

  protected AuditEntry() {
    // for JPA
  }

  public AuditEntry(Instant occurredAt, Long consoleUserId, String consoleUsername, Long connectionId,
      String connectionNickname, String action, String target, String outcome, String slackError, Long durationMs) {
    this.occurredAt = occurredAt;
    this.consoleUserId = consoleUserId;
    this.consoleUsername = consoleUsername;
    this.connectionId = connectionId;
    this.connectionNickname = connectionNickname;
    this.action = action;
    this.target = target;
    this.outcome = outcome;
    this.slackError = slackError;
    this.durationMs = durationMs;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getConsoleUserId() {
    return consoleUserId;
  }

  public String getConsoleUsername() {
    return consoleUsername;
  }

  public Long getConnectionId() {
    return connectionId;
  }

  public String getConnectionNickname() {
    return connectionNickname;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getSlackError() {
    return slackError;
  }

  public Long getDurationMs() {
    return durationMs;
  }
}
