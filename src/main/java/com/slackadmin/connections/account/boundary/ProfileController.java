package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.AccountException;
import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.platform.Flash;
import com.slackadmin.connections.platform.PlainText;
import com.slackadmin.connections.platform.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.binding.MvcBinding;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Everyone's own settings: the console theme, and whether notifications also come by email, to where. */
@Controller
@Path("profile")
@RequestScoped
public class ProfileController {

  /** The form's value for "follow the console's default". */
  static final String DEFAULT_CHOICE = "";

  @Inject
  ConsoleUsers users;

  @Inject
  CurrentUser currentUser;

  @Inject
  Theme themes;

  @Inject
  BindingResult binding;

  @Inject
  Models models;

  @Inject
  Flash flash;

  @POST
  @Path("email")
  @CsrfProtected
  public String notifyByEmail(@FormParam("email") @MvcBinding @PlainText String email,
      @FormParam("emailNotifications") String wanted) {
    if (binding.isFailed()) {
      return emailRefused(email, binding.getAllMessages().iterator().next());
    }
    boolean on = "on".equals(wanted);
    try {
      users.notifyByEmail(currentUser.get().getId(), email, on);
      flash.notice(on ? "Notifications also go to " + email.trim() + " by email."
          : "Notifications reach you in the console only.");
      return "redirect:/profile";
    } catch (AccountException refused) {
      return emailRefused(email, refused.getMessage());
    }
  }

  /** Back to the profile, its email field holding what was typed. */
  private String emailRefused(String email, String message) {
    flash.error(message);
    flash.keep("email", email == null ? "" : email);
    return "redirect:/profile";
  }

  @GET
  public String show() {
    models.put("profile", currentUser.get());
    models.put("themes", themes.getAvailable());
    models.put("defaultTheme", themes.getName());
    return "account/profile.jsp";
  }

  @POST
  @Path("theme")
  @CsrfProtected
  public String chooseTheme(@FormParam("theme") String theme) {
    String choice = theme == null || theme.equals(DEFAULT_CHOICE) ? null : theme;
    if (choice != null && !themes.isAvailable(choice)) {
      flash.error("There is no theme \"" + theme + "\".");
      return "redirect:/profile";
    }
    users.chooseTheme(currentUser.get().getId(), choice);
    flash.notice(choice == null ? "You follow the console's default theme (" + themes.getName() + ")."
        : "Theme changed to " + choice + ".");
    return "redirect:/profile";
  }
}
