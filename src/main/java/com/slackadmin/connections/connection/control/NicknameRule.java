package com.slackadmin.connections.connection.control;

import java.util.Optional;

/** A connection's nickname: required, trimmed, 1 to 80 characters (uniqueness is checked by the store). */
public final class NicknameRule {

  public static final int MAX_LENGTH = 80;

  private NicknameRule() {}

  /** What is wrong with the nickname, or empty when it is fine. */
  public static Optional<String> problem(String nickname) {
    String trimmed = nickname == null ? "" : nickname.trim();
    if (trimmed.isEmpty()) {
      return Optional.of("Enter a connection nickname.");
    }
    if (trimmed.length() > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters for the nickname (this one has "
          + trimmed.length() + ").");
    }
    return Optional.empty();
  }
}
