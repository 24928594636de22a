package com.slackadmin.connections.bulk.entity;

import java.util.List;

/** Where a bulk run is: working through its rows, held, or over. */
public enum RunState {
  /** Rows are being done, or will be as soon as a worker takes the run (also after a restart). */
  RUNNING("In progress"),
  /** Held by a person, or by the run itself when a rule stopped it (the reason says which); resumable. */
  PAUSED("Paused"),
  /** Every row has an outcome. */
  FINISHED("Finished"),
  /** Stopped for good by a person, or because its connection is gone; rows not yet done are skipped. */
  CANCELLED("Cancelled");

  private final String label;

  RunState(String label) {
    this.label = label;
  }

  /** The state as pages name it. */
  public String getLabel() {
    return label;
  }

  /** The states of a run that is over: its rows' retention counts from its end. */
  public static List<RunState> overStates() {
    return List.of(FINISHED, CANCELLED);
  }

  public boolean isOver() {
    return this == FINISHED || this == CANCELLED;
  }
}
