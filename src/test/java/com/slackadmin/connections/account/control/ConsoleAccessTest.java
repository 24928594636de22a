package com.slackadmin.connections.account.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.platform.NotPermittedException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The console's access rules: for each role and relation to a connection exactly which actions are allowed, and
 * the decisions that follow from the role alone.
 */
class ConsoleAccessTest {

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
      assertEquals(allowed.contains(action), ConsoleAccess.allows(role, owner, sharee, action),
          role + " " + relation + " " + action);
    }
  }

  @Test
  void theSystemActorViewsAndTestsEveryConnectionAndDoesNothingElse() {
    ConsoleUser system = ConsoleUser.system("system (health sweep)");
    for (Action action : Action.values()) {
      assertEquals(action == Action.VIEW || action == Action.TEST, ConsoleAccess.allows(system, false, false, action),
          action.name());
    }
    assertFalse(ConsoleAccess.mayUseConnections(system));
    assertFalse(ConsoleAccess.maySeeAllConnections(system));
    assertFalse(ConsoleAccess.mayManageTeammates(system));
  }

  private static Set<Action> plus(Set<Action> actions, Action more) {
    Set<Action> all = EnumSet.copyOf(actions);
    all.add(more);
    return all;
  }

  @Test
  void whoMayUseConnectionsAndCreateTokens() {
    Object[][] cases = {
        {Role.ADMIN, true, true},
        {Role.BUILDER, true, true},
        {Role.VIEWER, true, false},
        {Role.BUILDER, false, false},
    };
    for (Object[] c : cases) {
      ConsoleUser user = new ConsoleUser("u", "U", "hash", (Role) c[0], Instant.EPOCH);
      if (!(boolean) c[1]) {
        user.disable();
      }
      boolean allowed = (boolean) c[2];
      assertEquals(allowed, ConsoleAccess.mayUseConnections(user), c[0] + " enabled=" + c[1]);
      if (allowed) {
        assertDoesNotThrow(() -> ConsoleAccess.requireMayCreateApiTokens(user));
      } else {
        assertThrows(NotPermittedException.class, () -> ConsoleAccess.requireMayCreateApiTokens(user));
      }
    }
    assertThrows(NotPermittedException.class, () -> ConsoleAccess.requireMayCreateApiTokens(null));
  }

  @Test
  void onlyEnabledAdminsSeeAllTransferAndManageTeammates() {
    for (Role role : Role.values()) {
      for (boolean enabled : new boolean[] {true, false}) {
        ConsoleUser user = new ConsoleUser("u", "U", "hash", role, Instant.EPOCH);
        if (!enabled) {
          user.disable();
        }
        boolean admin = enabled && role == Role.ADMIN;
        assertEquals(admin, ConsoleAccess.maySeeAllConnections(user), role + " enabled=" + enabled);
        assertEquals(admin, ConsoleAccess.mayTransferConnections(user), role + " enabled=" + enabled);
        assertEquals(admin, ConsoleAccess.mayManageTeammates(user), role + " enabled=" + enabled);
        assertEquals(enabled && role != Role.VIEWER, ConsoleAccess.mayOwnConnections(user), role + " " + enabled);
      }
    }
  }

  @Test
  void aDisabledAdminMayDoNothingWithAConnection() {
    ConsoleUser admin = new ConsoleUser("a", "A", "hash", Role.ADMIN, Instant.EPOCH);
    assertTrue(ConsoleAccess.allows(admin, true, false, Action.DELETE));
    admin.disable();
    for (Action action : Action.values()) {
      assertFalse(ConsoleAccess.allows(admin, true, false, action), action.name());
    }
  }
}
