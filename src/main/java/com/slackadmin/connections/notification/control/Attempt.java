package com.slackadmin.connections.notification.control;

/**
 * How one attempt at a delivery went: delivered, or not with why in words for the delivery log (and the HTTP
 * status when a webhook's receiver answered).
 */
public record Attempt(boolean delivered, Integer status, String error) {

  static final int MAX_ERROR = 1024;

  public static Attempt delivered(Integer status) {
    return new Attempt(true, status, null);
  }

  public static Attempt failed(Integer status, String error) {
    String text = error == null ? "failed" : error;
    return new Attempt(false, status, text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "\u2026");
  }
}
