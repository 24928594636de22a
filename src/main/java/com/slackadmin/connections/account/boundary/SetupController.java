package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.AccountException;
import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.control.SetupAlreadyDoneException;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.util.Map;

/** The one-time setup page that creates the first ADMIN and signs them in; gone (404) once that happened. */
@Controller
@Path("setup")
@RequestScoped
public class SetupController {

  @Inject
  ConsoleUsers users;

  @Inject
  Models models;

  @Inject
  BindingResult binding;

  @Inject
  Flash flash;

  @Inject
  SecurityContext security;

  @Context
  HttpServletRequest request;

  @Context
  HttpServletResponse response;

  @GET
  public String form() {
    requireSetupPending();
    return "account/setup.jsp";
  }

  @POST
  @CsrfProtected
  public String create(@Valid @BeanParam SetupForm form) {
    requireSetupPending();
    Map<String, String> errors = FormErrors.of(binding);
    if (form.passwordsDiffer()) {
      errors.putIfAbsent("passwordAgain", "The two passwords differ.");
    }
    if (errors.isEmpty()) {
      try {
        ConsoleUser admin = users.createFirstAdmin(form.getUsername(), form.getDisplayName(), form.getPassword());
        return signedIn(admin, form.getPassword());
      } catch (AccountException refused) {
        errors.put(refused.getField() == null ? "form" : refused.getField(), refused.getMessage());
      } catch (SetupAlreadyDoneException raced) {
        throw new NotFoundException();
      }
    }
    models.put("form", form);
    models.put("errors", errors);
    return "account/setup.jsp";
  }

  /**
   * Signs the new ADMIN in as the sign-in page does (a new session, a new CSRF token), so that setting up is not
   * followed by typing the same password again.
   */
  private String signedIn(ConsoleUser admin, String password) {
    AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
        .credential(new UsernamePasswordCredential(admin.getUsername(), new Password(password)))
        .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      flash.notice("The console is set up. Sign in as " + admin.getUsername() + ".");
      return "redirect:/signin";
    }
    flash.notice("The console is set up and you are signed in as " + admin.getUsername() + ", its first ADMIN."
        + " Next: add teammates, or create a connection.");
    return "redirect:/connections";
  }

  private void requireSetupPending() {
    if (!users.isSetupRequired()) {
      throw new NotFoundException();
    }
  }
}
