package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.AccountException;
import com.slackadmin.connections.account.control.ApiTokens;
import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.CurrentUser;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

/**
 * A console user's personal API tokens: create, list, revoke. Any signed-in user sees and revokes their own
 * tokens (a BUILDER demoted to VIEWER keeps tokens that now only read); only BUILDERs and ADMINs create them.
 *
 * <p>A new token is shown by the answer to the POST itself, not after a redirect: the secret then exists
 * only in that one response (sent with {@code Cache-Control: no-store}), never in a session or flash
 * cookie, and loading the page again cannot show it.
 */
@Controller
@Path("tokens")
@RequestScoped
public class ApiTokensController {

  @Inject
  ApiTokens tokens;

  @Inject
  CurrentUser currentUser;

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
  public String create(@Valid @BeanParam ApiTokenForm form) {
    Map<String, String> errors = FormErrors.of(binding);
    if (errors.isEmpty()) {
      try {
        ApiTokens.Issued issued = tokens.create(currentUser.get(), form.getName());
        models.put("newTokenName", issued.token().getName());
        models.put("newToken", issued.secret());
        return show(null, Map.of());
      } catch (AccountException refused) {
        errors.put(refused.getField() == null ? "form" : refused.getField(), refused.getMessage());
      }
    }
    return show(form, errors);
  }

  @POST
  @Path("{id}/revoke")
  @CsrfProtected
  public String revoke(@PathParam("id") long id) {
    try {
      String name = tokens.revoke(currentUser.get(), id).getName();
      flash.notice("Revoked the API token " + name + ". Scripts using it are refused from now on.");
    } catch (AccountException refused) {
      flash.error(refused.getMessage());
    }
    return "redirect:/tokens";
  }

  private String show(ApiTokenForm form, Map<String, String> errors) {
    models.put("tokens", tokens.ownedBy(currentUser.get()));
    models.put("mayCreate", ConsoleAccess.mayUseConnections(currentUser.get()));
    models.put("form", form);
    models.put("errors", errors);
    return "account/tokens.jsp";
  }
}
