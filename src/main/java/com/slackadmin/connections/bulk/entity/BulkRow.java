package com.slackadmin.connections.bulk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of a bulk run: its inputs (the CSV line's values, as a JSON object), and once done its outcome. Keyed
 * by run and line, so that 10,000 rows are written in batches and a person finds a row by its CSV line.
 */
@Entity
@Table(name = "bulk_row")
public class BulkRow {

  @EmbeddedId
  private Key key;

  @Column(nullable = false, length = 4000)
  private String inputs;

  @Column(length = 255)
  private String target;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private RowState state;

  @Column(length = 64)
  private String outcome;

  @Column(length = 1024)
  private String message;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected BulkRow() {
    // for JPA
  }

  public BulkRow(long runId, int line, String inputs) {
    this.key = new Key(runId, line);
    this.inputs = inputs;
    this.state = RowState.PENDING;
  }

  public long getRunId() {
    return key.runId;
  }

  public int getLine() {
    return key.line;
  }

  public String getInputs() {
    return inputs;
  }

  public String getTarget() {
    return target;
  }

  public RowState getState() {
    return state;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getMessage() {
    return message;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  /** A row's primary key: its run and its CSV line. */
  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "run_id")
    private long runId;

    @Column(name = "line_number")
    private int line;

    protected Key() {
      // for JPA
    }

    public Key(long runId, int line) {
      this.runId = runId;
      this.line = line;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that && runId == that.runId && line == that.line;
    }

    @Override
    public int hashCode() {
      return Objects.hash(runId, line);
    }
  }
}
