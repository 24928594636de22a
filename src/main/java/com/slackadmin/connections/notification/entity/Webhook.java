package com.slackadmin.connections.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address an ADMIN registered to receive every notification as a signed JSON POST. */
@Entity
@Table(name = "webhook")
public class Webhook {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 2000)
  private String url;

  /** The signing secret, encrypted as Slack tokens are; never shown again after it was issued. */
  @Column(name = "secret_ciphertext", nullable = false, length = 512)
  private String secretCiphertext;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Webhook() {
    // for JPA
  }

  public Webhook(String url, String secretCiphertext, String createdBy, Instant createdAt) {
    this.url = url;
    this.secretCiphertext = secretCiphertext;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public String getSecretCiphertext() {
    return secretCiphertext;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
