package com.slackadmin.connections.bulk.entity;

/** One row's progress. */
public enum RowState {
  PENDING,
  /** Its Slack call was sent and no outcome is stored yet: after a crash, Slack is asked before a retry. */
  IN_FLIGHT,
  /** Slack did it (or, in a dry run, the rules allow it). */
  DONE,
  /** The rules or the inputs refused it; Slack was not asked to change anything. */
  REFUSED,
  /** Slack refused or kept failing; the message says what Slack said. */
  FAILED,
  /** Not done because the run was cancelled. */
  SKIPPED;

  public boolean isOver() {
    return this != PENDING && this != IN_FLIGHT;
  }
}
