package com.slackadmin.connections.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One email or webhook call an event calls for, with its attempts so far: a line of the delivery log, and the
 * delivery worker's outbox. Its state moves by single conditional UPDATEs ({@code DeliveryStore}).
 */
@Entity
@Table(name = "notification_delivery")
public class Delivery {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private NotificationEvent event;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private Channel channel;

  /** The webhook called; null for an email, or once the webhook was removed. */
  @Column(name = "webhook_id")
  private Long webhookId;

  /** The email address or the webhook's URL, as it was when the event happened. */
  @Column(nullable = false, length = 2000)
  private String destination;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private DeliveryState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  /** The HTTP status of the last webhook attempt, if the receiver answered. */
  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 1024)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected Delivery() {
    // for JPA
  }

  public Delivery(NotificationEvent event, Channel channel, Long webhookId, String destination, Instant now) {
    this.event = event;
    this.channel = channel;
    this.webhookId = webhookId;
    this.destination = destination;
    this.state = DeliveryState.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public NotificationEvent getEvent() {
    return event;
  }

  public Channel getChannel() {
    return channel;
  }

  public Long getWebhookId() {
    return webhookId;
  }

  public String getDestination() {
    return destination;
  }

  public DeliveryState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
