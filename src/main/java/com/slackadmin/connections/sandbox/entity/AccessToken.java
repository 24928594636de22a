package com.slackadmin.connections.sandbox.entity;

import java.time.Instant;

/** A user token and what it grants; {@code expiresAt} is null unless token rotation was on when issued. */
public record AccessToken(String value, Grant grant, Instant expiresAt) {

  public boolean isExpiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
