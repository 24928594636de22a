package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.AccessToken;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;

/**
 * A caller whose token Slack accepts, or the error code Slack answers instead ({@code not_authed},
 * {@code invalid_auth}, {@code token_revoked}, {@code token_expired}, {@code account_inactive}).
 */
public record Authed(Grant grant, Person person, String error) {

  public boolean failed() {
    return error != null;
  }

  /** Must run under the world's lock. */
  public static Authed check(State state, String token) {
    if (token == null || token.isEmpty()) {
      return failure("not_authed");
    }
    switch (state.tokens().stateOf(token)) {
      case UNKNOWN:
        return failure("invalid_auth");
      case REVOKED:
        return failure("token_revoked");
      case EXPIRED:
        return failure("token_expired");
      default:
        break;
    }
    AccessToken access = state.tokens().token(token);
    Person person = state.directory().person(access.grant().userId()).orElse(null);
    if (person == null) {
      return failure("invalid_auth");
    }
    if (!person.isActive()) {
      return failure("account_inactive");
    }
    return new Authed(access.grant(), person, null);
  }

  private static Authed failure(String error) {
    return new Authed(null, null, error);
  }
}
