package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.AccountException;
import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.account.control.OwnedConnections;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.security.CsrfProtected;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

/**
 * ADMINs add teammates, change their roles and disable them; the rules live in {@link ConsoleUsers}. Handing a
 * disabled teammate's connections to someone else is the connection feature's
 * ({@code TeammateConnectionsController}), on this page.
 */
@Controller
@Path("teammates")
@RequestScoped
public class TeammatesController {

  @Inject
  ConsoleUsers users;

  @Inject
  CurrentUser currentUser;

  @Inject
  OwnedConnections connections;

  @Inject
  Models models;

  @Inject
  BindingResult binding;

  @Inject
  Flash flash;

  @GET
  public String list() {
    return show(null, Map.of());
  }

  @POST
  @CsrfProtected
  public String add(@Valid @BeanParam TeammateForm form) {
    Map<String, String> errors = FormErrors.of(binding);
    if (errors.isEmpty()) {
      try {
        users.addTeammate(currentUser.get(), form.getUsername(), form.getDisplayName(), form.getPassword(),
            form.getRole());
        flash.notice("Added " + form.getUsername().trim() + " as " + form.getRole() + ".");
        return "redirect:/teammates";
      } catch (AccountException refused) {
        errors.put(refused.getField() == null ? "form" : refused.getField(), refused.getMessage());
      }
    }
    return show(form, errors);
  }

  @POST
  @Path("{id}/role")
  @CsrfProtected
  public String changeRole(@PathParam("id") long id, @FormParam("role") Role role) {
    return act(() -> users.changeRole(currentUser.get(), id, role == null ? Role.VIEWER : role), "Role changed.");
  }

  @POST
  @Path("{id}/disable")
  @CsrfProtected
  public String disable(@PathParam("id") long id) {
    return act(() -> users.disable(currentUser.get(), id), "Teammate disabled; they can no longer sign in.");
  }

  @POST
  @Path("{id}/enable")
  @CsrfProtected
  public String enable(@PathParam("id") long id) {
    return act(() -> users.enable(currentUser.get(), id), "Teammate enabled.");
  }

  private String act(Runnable change, String notice) {
    try {
      change.run();
      flash.notice(notice);
    } catch (AccountException refused) {
      flash.error(refused.getMessage());
    }
    return "redirect:/teammates";
  }

  private String show(TeammateForm form, Map<String, String> errors) {
    models.put("teammates", users.all(currentUser.get()));
    models.put("ownedCounts", connections.countsByOwner());
    models.put("possibleOwners", users.possibleOwners());
    models.put("roles", Role.values());
    // least privilege first, and chosen unless the ADMIN picks another (see the page's explanation of each)
    models.put("newTeammateRoles", new Role[] {Role.VIEWER, Role.BUILDER, Role.ADMIN});
    models.put("form", form);
    models.put("errors", errors);
    return "account/teammates.jsp";
  }
}
