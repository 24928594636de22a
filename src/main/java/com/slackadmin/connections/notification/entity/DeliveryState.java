package com.slackadmin.connections.notification.entity;

/** Where a delivery stands: still to be tried (again), delivered, or given up after its last attempt. */
public enum DeliveryState {
  PENDING, DELIVERED, FAILED
}
