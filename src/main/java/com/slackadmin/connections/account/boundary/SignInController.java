package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.platform.Flash;
import com.slackadmin.connections.platform.PlainText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.binding.MvcBinding;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/** Sign-in and sign-out of the console. */
@Controller
@Path("")
@RequestScoped
public class SignInController {

  /** {@code /app/} and then URL characters only: unreserved, sub-delimiters, ':', '@', '/', '?' and escapes. */
  private static final Pattern CONSOLE_PATH =
      Pattern.compile("/app/(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})+");

  static final String WRONG_CREDENTIALS =
      "Wrong username or password, or the account cannot sign in right now. Try again or ask an ADMIN.";

  @Inject
  SecurityContext security;

  @Inject
  CurrentUser currentUser;

  @Inject
  BindingResult binding;

  @Inject
  Models models;

  @Inject
  Flash flash;

  @Context
  HttpServletRequest request;

  @Context
  HttpServletResponse response;

  @GET
  @Path("signin")
  public String form(@QueryParam("next") String next) {
    if (currentUser.isSignedIn()) {
      return "redirect:/" + afterSignIn(next);
    }
    models.put("next", next);
    return "account/signin.jsp";
  }

  @POST
  @Path("signin")
  @CsrfProtected
  public String signIn(@FormParam("username") @MvcBinding @PlainText String username,
      @FormParam("password") String password, @FormParam("next") String next) {
    if (binding.isFailed()) {
      // no account has such a name: refused as any unknown name, without asking the database
      models.put("username", username);
      models.put("next", next);
      models.put("error", WRONG_CREDENTIALS);
      return "account/signin.jsp";
    }
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(username == null ? "" : username,
            new Password(password == null ? "" : password));
    AuthenticationStatus status = security.authenticate(request, response,
        AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      return "redirect:/" + afterSignIn(next);
    }
    models.put("username", username);
    models.put("next", next);
    models.put("error", WRONG_CREDENTIALS);
    return "account/signin.jsp";
  }

  /** Pages outside the console's controllers link here, since they cannot carry a CSRF token. */
  @GET
  @Path("signout")
  public String confirmSignOut() {
    return "account/signout.jsp";
  }

  @POST
  @Path("signout")
  @CsrfProtected
  public String signOut() throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return "redirect:/signin";
  }

  /**
   * A clean path inside the console, so that the sign-in page can neither send people elsewhere nor fail on odd
   * text (a space or a line break would break the redirect after a successful sign-in); anything else goes to
   * the Connections page.
   */
  static String afterSignIn(String next) {
    if (next != null && CONSOLE_PATH.matcher(next).matches() && !next.contains("//") && !next.contains("..")
        && !next.toLowerCase(Locale.ROOT).contains("%2e")) {
      return next.substring("/app/".length());
    }
    return "connections";
  }
}
