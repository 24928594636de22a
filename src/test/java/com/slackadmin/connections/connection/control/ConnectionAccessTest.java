package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.connection.control.ConnectionAccess.Action;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The role matrix of the Teammates issue: for each role and relation, exactly which actions are allowed. */
class ConnectionAccessTest {

  enum Relation { OWNER, SHAREE, NEITHER }

  static Stream<Arguments> matrix() {
    Set<Action> all = EnumSet.allOf(Action.class);
    Set<Action> look = EnumSet.of(Action.LIST, Action.VIEW);
    Set<Action> use = EnumSet.of(Action.LIST, Action.VIEW, Action.TEST, Action.RUN_CARD);
    Set<Action> manage = EnumSet.complementOf(EnumSet.of(Action.TRANSFER));
    return Stream.of(
        Arguments.of(Role.ADMIN, Relation.OWNER, all),
        Arguments.of(Role.ADMIN, Relation.SHAREE, all),
        Arguments.of(Role.ADMIN, Relation.NEITHER, all),
        Arguments.of(Role.BUILDER, Relation.OWNER, manage),
        Arguments.of(Role.BUILDER, Relation.SHAREE, plus(use, Action.CREATE)),
        Arguments.of(Role.BUILDER, Relation.NEITHER, EnumSet.of(Action.CREATE)),
        Arguments.of(Role.VIEWER, Relation.OWNER, look),
        Arguments.of(Role.VIEWER, Relation.SHAREE, look),
        Arguments.of(Role.VIEWER, Relation.NEITHER, EnumSet.noneOf(Action.class)));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("matrix")
  void eachRoleAndRelationIsAllowedExactlyTheseActions(Role role, Relation relation, Set<Action> allowed) {
    for (Action action : Action.values()) {
      boolean owner = relation == Relation.OWNER;
      boolean sharee = relation == Relation.SHAREE;
      assertEquals(allowed.contains(action), ConnectionAccess.allows(role, owner, sharee, action),
          role + " " + relation + " " + action);
    }
  }

  private static Set<Action> plus(Set<Action> actions, Action more) {
    Set<Action> all = EnumSet.copyOf(actions);
    all.add(more);
    return all;
  }
}
