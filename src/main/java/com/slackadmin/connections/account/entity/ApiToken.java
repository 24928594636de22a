package com.slackadmin.connections.account.entity;

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

/**
 * A personal API token: lets scripts call the JSON API as its owner, with the owner's current role. Only
 * the token's SHA-256 hash is kept, so a copy of the database does not give access to the API.
 *
 * <p>No {@code @Version}: the last-used time is written by concurrent API calls with a bulk update, and
 * an optimistic lock would make those calls fail for no reason.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.OWNED_BY,
    query = "select t from ApiToken t where t.owner = :owner order by t.createdAt desc, t.id desc")
@NamedQuery(name = ApiToken.MARK_USED,
    query = "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
        + " and (t.lastUsedAt is null or t.lastUsedAt < :before)")
public class ApiToken {

  public static final String BY_HASH = "ApiToken.byHash";
  public static final String OWNED_BY = "ApiToken.ownedBy";
  public static final String MARK_USED = "ApiToken.markUsed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private ConsoleUser owner;

  @Column(nullable = false, length = 80)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {
    // for JPA
  }

  public ApiToken(ConsoleUser owner, String name, String tokenHash, Instant createdAt) {
    this.owner = owner;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isOwnedBy(ConsoleUser user) {
    return owner.getId().equals(user.getId());
  }

  public Long getId() {
    return id;
  }

  public ConsoleUser getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
