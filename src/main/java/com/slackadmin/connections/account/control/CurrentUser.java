package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.platform.NotPermittedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The console user behind the current request, read once per request. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

  @Inject
  SecurityContext security;

  @Inject
  ConsoleUsers users;

  private Optional<ConsoleUser> user;

  /**
   * The user the request was just authenticated as, read and found enabled by the authentication mechanism:
   * no need to read it again.
   */
  public void authenticatedAs(ConsoleUser authenticated) {
    Principal principal = security.getCallerPrincipal();
    if (user == null && principal != null && principal.getName().equals(authenticated.getUsername())) {
      user = Optional.of(authenticated);
    }
  }

  public Optional<ConsoleUser> find() {
    if (user == null) {
      Principal principal = security.getCallerPrincipal();
      user = principal == null ? Optional.empty()
          : users.findByUsername(principal.getName()).filter(ConsoleUser::isEnabled);
    }
    return user;
  }

  /** The signed-in user; pages that call this are protected, so there always is one. */
  public ConsoleUser get() {
    return find().orElseThrow(() -> new NotPermittedException("Sign in first."));
  }

  public boolean isSignedIn() {
    return find().isPresent();
  }

  /** For the pages: whether to offer the Teammates page and the actions on others' connections (ADMINs). */
  public boolean isAdmin() {
    return find().map(ConsoleAccess::mayManageTeammates).orElse(false);
  }

  /** For the pages: whether to offer New Connection, Test and the cards (BUILDERs and ADMINs). */
  public boolean isBuilderOrAdmin() {
    return find().map(ConsoleAccess::mayUseConnections).orElse(false);
  }

  public Long getId() {
    return find().map(ConsoleUser::getId).orElse(null);
  }

  public String getDisplayName() {
    return find().map(ConsoleUser::getDisplayName).orElse("");
  }

  public String getUsername() {
    return find().map(ConsoleUser::getUsername).orElse("");
  }

  public String getRole() {
    return find().map(u -> u.getRole().name()).orElse("");
  }
}
