package com.slackadmin.connections.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's copy of an event in the console, read or not. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_RECIPIENT, query = "select n from Notification n join fetch n.event"
    + " where n.recipientId = :recipient order by n.id desc")
@NamedQuery(name = Notification.COUNT_OF_RECIPIENT,
    query = "select count(n) from Notification n where n.recipientId = :recipient")
@NamedQuery(name = Notification.UNREAD_OF_RECIPIENT,
    query = "select count(n) from Notification n where n.recipientId = :recipient and n.readAt is null")
@NamedQuery(name = Notification.MARK_READ, query = "update Notification n set n.readAt = :at"
    + " where n.recipientId = :recipient and n.readAt is null")
public class Notification {

  public static final String OF_RECIPIENT = "Notification.ofRecipient";
  public static final String COUNT_OF_RECIPIENT = "Notification.countOfRecipient";
  public static final String UNREAD_OF_RECIPIENT = "Notification.unreadOfRecipient";
  public static final String MARK_READ = "Notification.markRead";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private NotificationEvent event;

  @Column(name = "recipient_id", nullable = false)
  private Long recipientId;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {
    // for JPA
  }

  public Notification(NotificationEvent event, long recipientId) {
    this.event = event;
    this.recipientId = recipientId;
  }

  public Long getId() {
    return id;
  }

  public NotificationEvent getEvent() {
    return event;
  }

  public Long getRecipientId() {
    return recipientId;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isUnread() {
    return readAt == null;
  }
}
