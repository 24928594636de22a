package com.slackadmin.connections.notification.entity;

/** Where a delivery stands: still to be tried (again), delivered, or given up after its last attempt. */
public enum DeliveryState {
  PENDING("Waiting to be sent"), DELIVERED("Delivered"), FAILED("Given up");

  private final String label;

  DeliveryState(String label) {
    this.label = label;
  }

  /** The state as the delivery log names it. */
  public String getLabel() {
    return label;
  }
}
