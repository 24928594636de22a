package com.slackadmin.connections.bulk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One card over many rows with one connection. The connection and the person who started it are kept by id
 * and name, so that the run reads the same after the connection is renamed or deleted.
 */
@Entity
@Table(name = "bulk_run")
public class BulkRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "connection_id")
  private Long connectionId;

  @Column(name = "connection_name", nullable = false, length = 80)
  private String connectionName;

  @Column(name = "slack_org", nullable = false, length = 32)
  private String slackOrg;

  @Column(nullable = false, length = 40)
  private String card;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_by_name", nullable = false, length = 80)
  private String createdByName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private RunState state;

  @Column(name = "state_reason", length = 1024)
  private String stateReason;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "row_count", nullable = false)
  private int rowCount;

  /**
   * The node working on the run, and until when unless it renews: see the store's lease statements. Never
   * written by flushing the entity, so that a run read before a renewal cannot write an older lease back.
   */
  @Column(name = "lease_owner", length = 64, insertable = false, updatable = false)
  private String leaseOwner;

  @Column(name = "lease_expires_at", insertable = false, updatable = false)
  private Instant leaseExpiresAt;

  /**
   * Once the rows are deleted (after the retention an ADMIN set, see {@code RowRetention}): when, after how many
   * days, and the counts per outcome they had. Written only by the store's statement that deletes the rows.
   */
  @Column(name = "rows_deleted_at", insertable = false, updatable = false)
  private Instant rowsDeletedAt;

  @Column(name = "rows_kept_days", insertable = false, updatable = false)
  private Integer rowsKeptDays;

  @Column(name = "done_count", insertable = false, updatable = false)
  private Integer doneCount;

  @Column(name = "refused_count", insertable = false, updatable = false)
  private Integer refusedCount;

  @Column(name = "failed_count", insertable = false, updatable = false)
  private Integer failedCount;

  @Column(name = "skipped_count", insertable = false, updatable = false)
  private Integer skippedCount;

  @Version
  private long version;

  protected BulkRun() {
    // for JPA
  }

  public BulkRun(long connectionId, String connectionName, String slackOrg, String card, boolean dryRun,
      long createdBy, String createdByName, Instant createdAt, int rowCount) {
    this.connectionId = connectionId;
    this.connectionName = connectionName;
    this.slackOrg = slackOrg;
    this.card = card;
    this.dryRun = dryRun;
    this.createdBy = createdBy;
    this.createdByName = createdByName;
    this.createdAt = createdAt;
    this.rowCount = rowCount;
    this.state = RunState.RUNNING;
  }

  /** For tests of what a run's page shows; the store changes runs with conditional UPDATE statements. */
  public void start(Instant now) {
    if (startedAt == null) {
      startedAt = now;
    }
  }

  /** As {@link #start}. */
  public void pause(String reason) {
    state = RunState.PAUSED;
    stateReason = reason;
  }

  /** As {@link #start}. */
  public void end(RunState over, String reason, Instant now) {
    state = over;
    stateReason = reason;
    finishedAt = now;
  }

  public Long getId() {
    return id;
  }

  /** The node holding the run's lease; null when none does. */
  public String getLeaseOwner() {
    return leaseOwner;
  }

  public Instant getLeaseExpiresAt() {
    return leaseExpiresAt;
  }

  public Long getConnectionId() {
    return connectionId;
  }

  public String getConnectionName() {
    return connectionName;
  }

  public String getSlackOrg() {
    return slackOrg;
  }

  public String getCard() {
    return card;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public String getCreatedByName() {
    return createdByName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public RunState getState() {
    return state;
  }

  public String getStateReason() {
    return stateReason;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getRowCount() {
    return rowCount;
  }

  /** Whether the run's rows were deleted after the retention period; its counts stay. */
  public boolean isRowsDeleted() {
    return rowsDeletedAt != null;
  }

  public Instant getRowsDeletedAt() {
    return rowsDeletedAt;
  }

  /** The retention, in days, that the rows were kept for; null while they are kept. */
  public Integer getRowsKeptDays() {
    return rowsKeptDays;
  }

  /** The counts per outcome the rows had when they were deleted (0 for states that had none). */
  public Map<RowState, Long> getKeptCounts() {
    Map<RowState, Long> counts = new EnumMap<>(RowState.class);
    for (RowState state : RowState.values()) {
      counts.put(state, 0L);
    }
    counts.put(RowState.DONE, orZero(doneCount));
    counts.put(RowState.REFUSED, orZero(refusedCount));
    counts.put(RowState.FAILED, orZero(failedCount));
    counts.put(RowState.SKIPPED, orZero(skippedCount));
    return counts;
  }

  private static long orZero(Integer count) {
    return count == null ? 0 : count;
  }
}
