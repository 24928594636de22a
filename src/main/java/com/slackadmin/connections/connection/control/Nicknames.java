package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A connection's nickname: valid ({@link NicknameRule}) and unique among its owner's connections, ignoring case. */
@ApplicationScoped
public class Nicknames {

  @Inject
  ConnectionStore store;

  /**
   * The trimmed nickname, if it is valid and free among the owner's connections.
   *
   * @param exceptConnectionId the connection being renamed, whose own nickname does not count; null for a new one
   * @throws ConnectionException about the {@code nickname} field, keeping what the user typed
   */
  public String requireFree(ConsoleUser owner, String nickname, Long exceptConnectionId) {
    String problem = NicknameRule.problem(nickname).orElse(null);
    if (problem != null) {
      throw new ConnectionException("nickname", problem, nickname);
    }
    String clean = nickname.trim();
    if (store.nicknameTaken(owner, clean, exceptConnectionId)) {
      throw new ConnectionException("nickname", "You already have a connection called \"" + clean
          + "\" (nicknames are compared ignoring case). Choose another nickname.", nickname);
    }
    return clean;
  }
}
