package com.slackadmin.connections.connection.entity;

import com.slackadmin.connections.account.entity.ConsoleUser;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A teammate a connection is shared with. */
@Entity
@Table(name = "connection_share")
public class ConnectionShare {

  @EmbeddedId
  private Key key;

  @MapsId("connectionId")
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "connection_id")
  private SlackConnection connection;

  @MapsId("userId")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id")
  private ConsoleUser user;

  @Column(name = "shared_at", nullable = false)
  private Instant sharedAt;

  protected ConnectionShare() {
    // for JPA
  }

  public ConnectionShare(SlackConnection connection, ConsoleUser user, Instant sharedAt) {
    this.key = new Key(connection.getId(), user.getId());
    this.connection = connection;
    this.user = user;
    this.sharedAt = sharedAt;
  }

  public SlackConnection getConnection() {
    return connection;
  }

  public ConsoleUser getUser() {
    return user;
  }

  public Instant getSharedAt() {
    return sharedAt;
  }

  /** The share's primary key: one row per connection and teammate. */
  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "connection_id")
    private Long connectionId;

    @Column(name = "user_id")
    private Long userId;

    protected Key() {
      // for JPA
    }

    public Key(Long connectionId, Long userId) {
      this.connectionId = connectionId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(connectionId, that.connectionId)
          && Objects.equals(userId, that.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(connectionId, userId);
    }
  }
}
