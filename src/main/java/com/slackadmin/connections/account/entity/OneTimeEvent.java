package com.slackadmin.connections.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that may happen only once per database; the primary key makes a second attempt fail. */
@Entity
@Table(name = "one_time_event")
public class OneTimeEvent {

  public static final String FIRST_ADMIN_CREATED = "first-admin-created";

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  protected OneTimeEvent() {
    // for JPA
  }

  public OneTimeEvent(String name, Instant happenedAt) {
    this.name = name;
    this.happenedAt = happenedAt;
  }

  public String getName() {
    return name;
  }
}
