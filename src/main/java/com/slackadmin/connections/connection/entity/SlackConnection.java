package com.slackadmin.connections.connection.entity;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.slack.entity.SlackPlans;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Slack organisation or workspace connected once through OAuth, and the account that authorised it.
 *
 * <p>The tokens are held only as ciphertext; they are decrypted by the connection service when a use
 * needs them and never leave it.
 */
@Entity
@Table(name = "slack_connection")
// an update writes only the columns it changed: status and last use are also written by single UPDATE
// statements (see ConnectionStore), which a rename of the same row must not overwrite with what it read
@DynamicUpdate
public class SlackConnection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String nickname;

  /** The nickname folded to lower case: unique per owner, so nicknames differ by more than case. */
  @Column(name = "nickname_key", nullable = false, length = 80)
  private String nicknameKey;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private ConsoleUser owner;

  @Column(name = "enterprise_id", length = 32)
  private String enterpriseId;

  @Column(name = "enterprise_name")
  private String enterpriseName;

  @Column(name = "team_id", length = 32)
  private String teamId;

  @Column(name = "team_name")
  private String teamName;

  @Column(nullable = false, length = 32)
  private String plan;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "install_level", nullable = false, length = 16)
  private InstallLevel installLevel;

  @Column(name = "slack_user_id", nullable = false, length = 32)
  private String slackUserId;

  @Column(name = "slack_user_name", nullable = false)
  private String slackUserName;

  @Column(name = "slack_user_email")
  private String slackUserEmail;

  @Column(name = "slack_user_role", nullable = false, length = 32)
  private String slackUserRole;

  @Column(name = "granted_scopes", nullable = false, length = 1024)
  private String grantedScopes;

  @Column(name = "access_token_ciphertext", nullable = false, length = 2048)
  private String accessTokenCiphertext;

  @Column(name = "refresh_token_ciphertext", length = 2048)
  private String refreshTokenCiphertext;

  @Column(name = "token_expires_at")
  private Instant tokenExpiresAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 32)
  private ConnectionStatus status;

  @Column(name = "status_reason", length = 1024)
  private String statusReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  /** The console user who made the last use, by username (null for uses before this was kept). */
  @Column(name = "last_used_by", length = 64)
  private String lastUsedBy;

  /**
   * How the last use ended, as its audit record says: {@code ok}, or the refusal's or failure's code (null for
   * uses before this was kept).
   */
  @Column(name = "last_use_outcome", length = 64)
  private String lastUseOutcome;

  /** The last check that found the connection usable: the authorising account held its role, the token worked. */
  @Column(name = "last_verified_at")
  private Instant lastVerifiedAt;

  /** The last check, whatever it found: what the health sweep paces its checks by. */
  @Column(name = "last_checked_at")
  private Instant lastCheckedAt;

  /**
   * Until when a node holds this connection for the health sweep's check, and which claim holds it: written
   * only by single conditional UPDATEs, so that two nodes never check it in one sweep.
   */
  @Column(name = "health_lease_until")
  private Instant healthLeaseUntil;

  @Column(name = "health_lease_holder", length = 36)
  private String healthLeaseHolder;

  @Version
  private long version;

  protected SlackConnection() {
    // for JPA
  }

  public SlackConnection(String nickname, ConsoleUser owner, Instant createdAt) {
    rename(nickname);
    this.owner = owner;
    this.createdAt = createdAt;
    this.status = ConnectionStatus.ACTIVE;
  }

  public static String nicknameKey(String nickname) {
    return nickname.trim().toLowerCase(Locale.ROOT);
  }

  public final void rename(String newNickname) {
    this.nickname = newNickname.trim();
    this.nicknameKey = nicknameKey(newNickname);
  }

  /** Records which Slack account, organisation and workspace this connection acts as. */
  public void authorisedAs(SlackAuthorisation authorisation) {
    this.enterpriseId = authorisation.enterpriseId();
    this.enterpriseName = authorisation.enterpriseName();
    this.teamId = authorisation.teamId();
    this.teamName = authorisation.teamName();
    this.plan = authorisation.plan();
    this.installLevel = authorisation.installLevel();
    this.slackUserId = authorisation.userId();
    this.slackUserName = authorisation.userName();
    this.slackUserEmail = authorisation.userEmail();
    this.slackUserRole = authorisation.userRole();
    this.grantedScopes = authorisation.grantedScopes();
  }

  public void storeTokens(String accessTokenCiphertext, String refreshTokenCiphertext, Instant tokenExpiresAt) {
    this.accessTokenCiphertext = accessTokenCiphertext;
    this.refreshTokenCiphertext = refreshTokenCiphertext;
    this.tokenExpiresAt = tokenExpiresAt;
  }

  public void markActive(Instant verifiedAt) {
    this.status = ConnectionStatus.ACTIVE;
    this.statusReason = null;
    this.lastVerifiedAt = verifiedAt;
    this.lastCheckedAt = verifiedAt;
  }

  /** A check found the connection unusable: it was checked, but not verified. */
  public void markNeedsAttention(ConnectionStatus newStatus, String reason, Instant checkedAt) {
    this.status = newStatus;
    this.statusReason = reason;
    this.lastCheckedAt = checkedAt;
  }

  /** The authorising account's role as Slack reported it at the latest check. */
  public void roleReported(String role) {
    this.slackUserRole = role;
  }

  /** A new owner; the caller has checked that the nickname stays unique for them. */
  public void transferTo(ConsoleUser newOwner) {
    this.owner = newOwner;
  }

  /** The organisation and/or workspace, as people name it. */
  public String getSlackOrganisation() {
    if (enterpriseName != null && teamName != null) {
      return enterpriseName + " / " + teamName;
    }
    return enterpriseName != null ? enterpriseName : teamName;
  }

  public Long getId() {
    return id;
  }

  public String getNickname() {
    return nickname;
  }

  public ConsoleUser getOwner() {
    return owner;
  }

  public String getEnterpriseId() {
    return enterpriseId;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  /**
   * The Slack org whose SCIM rate limits this connection's calls count against: Slack counts them per org, for
   * every app and connection together, so a Grid workspace counts as its enterprise.
   */
  public String scimOrg() {
    return enterpriseId != null ? enterpriseId : teamId;
  }

  public String getTeamId() {
    return teamId;
  }

  public String getTeamName() {
    return teamName;
  }

  public String getPlan() {
    return plan;
  }

  /** The plan as people name it (Business+, Enterprise Grid, ...). */
  public String getPlanName() {
    return SlackPlans.name(plan);
  }

  public InstallLevel getInstallLevel() {
    return installLevel;
  }

  public String getSlackUserId() {
    return slackUserId;
  }

  public String getSlackUserName() {
    return slackUserName;
  }

  public String getSlackUserEmail() {
    return slackUserEmail;
  }

  public String getSlackUserRole() {
    return slackUserRole;
  }

  public String getGrantedScopes() {
    return grantedScopes;
  }

  public String getAccessTokenCiphertext() {
    return accessTokenCiphertext;
  }

  public String getRefreshTokenCiphertext() {
    return refreshTokenCiphertext;
  }

  public Instant getTokenExpiresAt() {
    return tokenExpiresAt;
  }

  public ConnectionStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public String getLastUsedBy() {
    return lastUsedBy;
  }

  public String getLastUseOutcome() {
    return lastUseOutcome;
  }

  public Instant getLastVerifiedAt() {
    return lastVerifiedAt;
  }

  public Instant getLastCheckedAt() {
    return lastCheckedAt;
  }
}
