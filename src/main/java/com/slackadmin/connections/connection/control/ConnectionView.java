package com.slackadmin.connections.connection.control;

import java.util.Arrays;
import java.util.Optional;

/** The Connections page's (and {@code GET /api/connections}'s) views of the connections one may see. */
public enum ConnectionView {
  /** Connections the caller owns. */
  MINE("mine", "Mine"),
  /** Connections others shared with the caller. */
  SHARED("shared", "Shared with me"),
  /** Every connection: ADMINs only. */
  ALL("all", "All");

  private final String parameter;
  private final String label;

  ConnectionView(String parameter, String label) {
    this.parameter = parameter;
    this.label = label;
  }

  public static Optional<ConnectionView> of(String parameter) {
    return Arrays.stream(values()).filter(v -> v.parameter.equals(parameter)).findFirst();
  }

  public String getParameter() {
    return parameter;
  }

  public String getLabel() {
    return label;
  }
}
