package com.slackadmin.connections.sandbox.control;

import java.util.Map;

/**
 * The arguments of one Web API call, wherever they came from (query, form or JSON body), and the
 * credentials from the headers: a Bearer token, or HTTP Basic client credentials.
 */
public record ApiParams(Map<String, String> values, String bearerToken, String basicClientId,
    String basicClientSecret) {

  public String get(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** A boolean argument as Slack reads one: {@code true} or {@code 1}. */
  public boolean isTrue(String name) {
    String value = get(name);
    return "true".equals(value) || "1".equals(value);
  }

  /** Slack takes the token from the header first, then from the {@code token} argument. */
  public String token() {
    return bearerToken != null ? bearerToken : get("token");
  }
}
