package com.slackadmin.connections.bulk.entity;

/** One row's progress. */
public enum RowState {
  PENDING("Waiting"),
  /** Its Slack call was sent and no outcome is stored yet: after a crash, Slack is asked before a retry. */
  IN_FLIGHT("In progress"),
  /** Slack did it (or, in a dry run, the rules allow it). */
  DONE("Done"),
  /** The rules or the inputs refused it; Slack was not asked to change anything. */
  REFUSED("Refused"),
  /** Slack refused or kept failing; the message says what Slack said. */
  FAILED("Failed"),
  /** Not done because the run was cancelled. */
  SKIPPED("Skipped");

  private final String label;

  RowState(String label) {
    this.label = label;
  }

  /** The state as pages name it. */
  public String getLabel() {
    return label;
  }

  public boolean isOver() {
    return this != PENDING && this != IN_FLIGHT;
  }
}
