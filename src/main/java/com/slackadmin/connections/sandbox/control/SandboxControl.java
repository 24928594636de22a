package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.Fault;
import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.Workspace;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What the control page and the JSON control API can do to the sandbox: change roles, plans and activity,
 * revoke tokens, plan faults, and reset everything to the seed. Unknown people or workspaces are a
 * {@link NoSuchElementException}; values that make no sense an {@link IllegalArgumentException}.
 */
@ApplicationScoped
public class SandboxControl {

  @Inject
  SandboxWorld world;

  @Inject
  SandboxSettings settings;

  @Inject
  CallGuard guard;

  @Inject
  CallLog log;

  @Inject
  FaultPlan faults;

  /** Back to the seed: people, plans, tokens, sign-ins, faults, rate limits, settings and the call log. */
  public void reset() {
    reset(null);
  }

  /**
   * Back to the seed, with {@code seedUsers} generated Members (null: as configured) instead of the configured
   * number, until the next reset.
   */
  public void reset(Integer seedUsers) {
    if (seedUsers != null) {
      SandboxSettings.checkedSeedUsers(seedUsers);
    }
    settings.loadFromConfig();
    if (seedUsers != null) {
      settings.setSeedUsers(seedUsers);
    }
    world.reset();
    guard.reset();
    log.clear();
  }

  public void setRole(String userId, WorkspaceRole role, OrgRole orgRole) {
    world.change(state -> {
      Person person = person(state, userId);
      if (orgRole != null && !person.isInGrid()) {
        throw new IllegalArgumentException(userId + " is not in an Enterprise Grid org: no org role");
      }
      if (role != null) {
        person.setRole(role);
      }
      if (orgRole != null) {
        person.setOrgRole(orgRole);
      }
      person.touch(world.clock().instant());
      return person;
    });
  }

  public void setPlan(String teamId, Plan plan) {
    world.change(state -> {
      Workspace workspace = state.directory().workspace(teamId)
          .orElseThrow(() -> new NoSuchElementException("No workspace " + teamId));
      if (workspace.isInGrid() != (plan == Plan.ENTERPRISE || plan == Plan.COMPLIANCE)) {
        throw new IllegalArgumentException("Grid workspaces have a Grid plan; standalone ones do not");
      }
      workspace.setPlan(plan);
      return workspace;
    });
  }

  public int revokeTokens(String userId) {
    return world.change(state -> {
      person(state, userId);
      return state.tokens().revokeAllOf(userId);
    });
  }

  public void setActive(String userId, boolean active) {
    world.change(state -> {
      Person person = person(state, userId);
      person.setActive(active);
      person.touch(world.clock().instant());
      return person;
    });
  }

  public void planFault(String target, Fault fault, int count) {
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("Name a Web API method or 'scim'");
    }
    faults.plan(target.trim(), fault, count);
  }

  public Optional<Person> findByEmail(String email) {
    return world.apply(state -> state.directory().personByEmail(email));
  }

  /** A person's id from an id or an email, for forms and the control API that accept either. */
  public String resolveUserId(String userOrEmail) {
    if (userOrEmail == null || userOrEmail.isBlank()) {
      throw new IllegalArgumentException("Name a person by id or email");
    }
    if (userOrEmail.contains("@")) {
      return findByEmail(userOrEmail).map(Person::getId)
          .orElseThrow(() -> new NoSuchElementException("No person with email " + userOrEmail));
    }
    return userOrEmail.trim();
  }

  private static Person person(SandboxWorld.State state, String userId) {
    return state.directory().person(userId)
        .orElseThrow(() -> new NoSuchElementException("No person " + userId));
  }
}
