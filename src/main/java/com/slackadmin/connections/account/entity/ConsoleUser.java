package com.slackadmin.connections.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in to the console. */
@Entity
@Table(name = "console_user")
@NamedQuery(name = ConsoleUser.BY_USERNAME, query = "select u from ConsoleUser u where u.username = :username")
@NamedQuery(name = ConsoleUser.ALL, query = "select u from ConsoleUser u order by u.username")
@NamedQuery(name = ConsoleUser.COUNT_ENABLED_WITH_ROLE,
    query = "select count(u) from ConsoleUser u where u.role = :role and u.enabled = true")
public class ConsoleUser {

  public static final String BY_USERNAME = "ConsoleUser.byUsername";
  public static final String ALL = "ConsoleUser.all";
  public static final String COUNT_ENABLED_WITH_ROLE = "ConsoleUser.countEnabledWithRole";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The theme this person chose; null follows the console's default (CONSOLE_THEME). */
  @Column(length = 40)
  private String theme;

  /** Where this person's email notifications go; null for none. */
  @Column(length = 254)
  private String email;

  /** Whether this person wants notifications by email (at {@link #email}). */
  @Column(name = "email_notifications", nullable = false)
  private boolean emailNotifications;

  @Version
  private long version;

  /** The console itself at work in the background (the health sweep): never stored, never signs in. */
  @Transient
  private boolean system;

  protected ConsoleUser() {
    // for JPA
  }

  public ConsoleUser(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  /**
   * The console itself as the actor of background work, named for the audit trail (such as
   * {@code system (health sweep)}). It has no id and no password, so no one can sign in as it; the name has
   * spaces, which no username may have, so no person can pass for it.
   */
  public static ConsoleUser system(String name) {
    ConsoleUser system = new ConsoleUser(name, name, "", Role.VIEWER, Instant.EPOCH);
    system.system = true;
    return system;
  }

  public boolean isSystem() {
    return system;
  }

  /** Sets where email notifications go and whether this person wants them; the caller checked the address. */
  public void notifyByEmail(String address, boolean wanted) {
    this.email = address;
    this.emailNotifications = wanted && address != null;
  }

  public String getEmail() {
    return email;
  }

  /** Whether notifications go to this person by email: they asked, and gave an address. */
  public boolean isEmailNotifications() {
    return emailNotifications && email != null;
  }

  public void changeRole(Role newRole) {
    this.role = newRole;
  }

  public void chooseTheme(String newTheme) {
    this.theme = newTheme;
  }

  public String getTheme() {
    return theme;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
