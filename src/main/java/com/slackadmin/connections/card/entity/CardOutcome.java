package com.slackadmin.connections.card.entity;

import java.util.Locale;

/** How a card run ended, as the audit trail records it and the JSON API names it ({@link #code()}). */
public enum CardOutcome {
  OK,
  VALIDATION_FAILED,
  PERMISSION_LOST,
  REAUTHORIZATION_REQUIRED,
  TARGET_OUTRANKS_CONNECTION,
  SLACK_ERROR,
  RATE_LIMITED,
  SLACK_UNAVAILABLE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
