package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.AccountException;
import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.control.SetupAlreadyDoneException;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.security.CsrfProtected;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;

/** The one-time setup page that creates the first ADMIN; gone (404) once that happened. */
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
        users.createFirstAdmin(form.getUsername(), form.getDisplayName(), form.getPassword());
        flash.notice("The console is set up. Sign in as " + form.getUsername().trim() + ".");
        return "redirect:/signin";
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

  private void requireSetupPending() {
    if (!users.isSetupRequired()) {
      throw new NotFoundException();
    }
  }
}
