package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a person may do with a connection, as pages read it: {@code may.TEST}, {@code may.DELETE}, ... Every page
 * that offers actions on a connection (its own page, a row of the list, the summary of what needs attention)
 * reads the same decision through here, so that the same rights offer the same actions everywhere.
 */
final class MayDo {

  private MayDo() {}

  /** One connection's actions, by action name, each true or false. */
  static Map<String, Boolean> of(Set<Action> allowed) {
    Map<String, Boolean> may = new HashMap<>();
    for (Action action : Action.values()) {
      may.put(action.name(), allowed.contains(action));
    }
    return may;
  }

  /** Each connection's actions, by connection id. */
  static Map<Long, Map<String, Boolean>> of(Map<Long, Set<Action>> allowed) {
    Map<Long, Map<String, Boolean>> may = new HashMap<>();
    allowed.forEach((id, actions) -> may.put(id, of(actions)));
    return may;
  }
}
