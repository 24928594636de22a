package com.slackadmin.connections.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One console-wide setting an ADMIN changed, by name; a setting never changed has no row and its default. */
@Entity
@Table(name = "console_setting")
public class ConsoleSetting {

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "setting", nullable = false, length = 255)
  private String value;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected ConsoleSetting() {
    // for JPA
  }

  public ConsoleSetting(String name, String value, String changedBy, Instant changedAt) {
    this.name = name;
    change(value, changedBy, changedAt);
  }

  public final void change(String newValue, String by, Instant at) {
    this.value = newValue;
    this.changedBy = by;
    this.changedAt = at;
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
