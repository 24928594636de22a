package com.slackadmin.connections.slack.entity;

/**
 * Slack's SCIM API answered with an error status (400, 403, 404, 409, ...). {@link #detail()} is Slack's own
 * {@code detail} text, meant to be shown to the person who ran the action; it never holds a token.
 */
public class ScimRefusal extends SlackException {

  private final int httpStatus;
  private final String detail;

  public ScimRefusal(int httpStatus, String detail) {
    super("scim_" + httpStatus, "Slack refused the SCIM request (HTTP " + httpStatus + ")"
        + (detail == null || detail.isBlank() ? "." : ": " + detail));
    this.httpStatus = httpStatus;
    this.detail = detail;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String detail() {
    return detail;
  }
}
