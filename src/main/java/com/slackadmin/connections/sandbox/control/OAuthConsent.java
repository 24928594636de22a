package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people side of Slack's OAuth pages: signing in to "Slack" in a browser, the accounts a browser is
 * signed in as, where a person may install the app, and the authorisation code once they agree.
 */
@ApplicationScoped
public class OAuthConsent {

  /** Where the app can be installed: {@code value} is {@code org} or a workspace id. */
  public record InstallOption(String value, String label, boolean recommended) {}

  /** A sign-in: the browser's session id, or why it failed. */
  public record SignIn(String sessionId, String userId, String error) {}

  public static final String ORG = "org";

  @Inject
  SandboxWorld world;

  public SignIn signIn(String sessionId, String email, String password) {
    return world.apply(state -> {
      Optional<Person> person = state.directory().personByEmail(email);
      if (person.isEmpty() || !SeedData.PASSWORD.equals(password)) {
        return new SignIn(null, null, "Sorry, that email and password do not match an account.");
      }
      if (!person.get().isActive()) {
        return new SignIn(null, null, "This account has been deactivated.");
      }
      String id = state.browsers().signIn(sessionId, person.get().getId());
      return new SignIn(id, person.get().getId(), null);
    });
  }

  public void signOut(String sessionId) {
    world.apply(state -> {
      state.browsers().signOut(sessionId);
      return null;
    });
  }

  /** The active people this browser is signed in as. */
  public List<Person> accounts(String sessionId) {
    return world.apply(state -> state.browsers().signedInAt(sessionId).stream()
        .map(id -> state.directory().person(id).orElse(null))
        .filter(p -> p != null && p.isActive()).toList());
  }

  /** The people the sign-in page offers; a generated bulk account signs in by typing its email instead. */
  public List<Person> everyone() {
    return world.apply(state -> List.copyOf(state.directory().listedPeople()));
  }

  /**
   * A Grid org's admins and owners may install on the whole org (recommended) or on one of their
   * workspaces; everyone else installs on their workspace.
   */
  public List<InstallOption> installOptions(Person person) {
    return world.apply(state -> options(state, person));
  }

  private static List<InstallOption> options(State state, Person person) {
    List<InstallOption> options = new ArrayList<>();
    if (person.isInGrid() && person.getOrgRole().isAdmin()) {
      String org = state.directory().enterprise(person.getEnterpriseId()).orElseThrow().name();
      options.add(new InstallOption(ORG, org + " (the whole organisation)", true));
    }
    for (Workspace workspace : state.directory().workspacesOf(person)) {
      options.add(new InstallOption(workspace.getId(), workspace.getName(), false));
    }
    return options;
  }

  /** The authorisation code for the redirect, or empty when the account or install choice is not allowed. */
  public Optional<String> authorize(String sessionId, AuthorizeRequest request, String accountId, String install) {
    return world.apply(state -> {
      if (!state.browsers().signedInAt(sessionId).contains(accountId)) {
        return Optional.empty();
      }
      Person person = state.directory().person(accountId).filter(Person::isActive).orElse(null);
      if (person == null || options(state, person).stream().noneMatch(o -> o.value().equals(install))) {
        return Optional.empty();
      }
      String teamId = ORG.equals(install) ? null : install;
      Grant grant = new Grant(person.getId(), person.getEnterpriseId(), teamId, request.userScopes());
      return Optional.of(state.tokens().issueCode(grant, request.redirectUri()));
    });
  }
}
