package com.slackadmin.connections.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something people are told about, stored once for every person's copy and every delivery. The payload is the
 * webhook body, kept so that every attempt sends the same bytes. Names are copied: it outlives its connection.
 */
@Entity
@Table(name = "notification_event")
public class NotificationEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private EventKind kind;

  @Column(name = "connection_id")
  private Long connectionId;

  @Column(name = "connection_nickname", length = 80)
  private String connectionNickname;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String detail;

  @Column(nullable = false, length = 8000)
  private String payload;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "bulk_run_id")
  private Long bulkRunId;

  protected NotificationEvent() {
    // for JPA
  }

  public NotificationEvent(EventKind kind, Long connectionId, String connectionNickname, String title, String detail,
      Instant occurredAt) {
    this.kind = kind;
    this.connectionId = connectionId;
    this.connectionNickname = connectionNickname;
    this.title = title;
    this.detail = detail;
    this.occurredAt = occurredAt;
    this.payload = "{}";
  }

  /** The bulk run it is about, whose page a notification links to. */
  public void aboutBulkRun(Long runId) {
    this.bulkRunId = runId;
  }

  public Long getBulkRunId() {
    return bulkRunId;
  }

  /** The webhook body; set once the event has its id, which the body carries. */
  public void carry(String body) {
    this.payload = body;
  }

  public Long getId() {
    return id;
  }

  public EventKind getKind() {
    return kind;
  }

  public Long getConnectionId() {
    return connectionId;
  }

  public String getConnectionNickname() {
    return connectionNickname;
  }

  public String getTitle() {
    return title;
  }

  public String getDetail() {
    return detail;
  }

  public String getPayload() {
    return payload;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
