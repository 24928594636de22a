package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.AuthorizeRequest;
import com.slackadmin.connections.sandbox.control.OAuthConsent;
import com.slackadmin.connections.sandbox.control.OAuthConsent.SignIn;
import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Slack's OAuth pages: {@code GET /sandbox/oauth/v2/authorize} shows sign-in, the account chooser or the
 * consent page; the consent form posts back to the same URL and redirects to the app with a {@code code} (or
 * {@code error=access_denied}); {@code /sandbox/oauth/signin} and {@code /signout} sign a browser in and out.
 */
@WebServlet("/sandbox/oauth/*")
public class OAuthPagesServlet extends HttpServlet {

  private static final String AUTHORIZE = "/v2/authorize";

  @Inject
  OAuthConsent consent;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (!AUTHORIZE.equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AuthorizeRequest authorize = AuthorizeRequest.of(HttpIo.parameters(request));
    if (refused(authorize, request, response)) {
      return;
    }
    request.setAttribute("authorize", authorize);
    List<Person> accounts = consent.accounts(HttpIo.sessionId(request));
    if (accounts.isEmpty() || request.getParameter("add_account") != null) {
      Views.signIn(request, response, consent.everyone(), null);
      return;
    }
    String wanted = request.getParameter("account");
    Optional<Person> chosen = accounts.stream().filter(p -> p.getId().equals(wanted)).findFirst();
    if (chosen.isEmpty() && accounts.size() == 1) {
      chosen = Optional.of(accounts.get(0));
    }
    if (chosen.isEmpty()) {
      Views.chooser(request, response, accounts);
      return;
    }
    Views.consent(request, response, chosen.get(), consent.installOptions(chosen.get()));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = String.valueOf(request.getPathInfo());
    if ("/signout".equals(path)) {
      consent.signOut(HttpIo.sessionId(request));
      HttpIo.clearSessionCookie(response);
      response.sendRedirect(request.getContextPath() + "/sandbox?notice=Signed+out+of+the+sandbox");
      return;
    }
    AuthorizeRequest authorize = AuthorizeRequest.of(HttpIo.parameters(request));
    if (refused(authorize, request, response)) {
      return;
    }
    if ("/signin".equals(path)) {
      signIn(request, response, authorize);
    } else if (AUTHORIZE.equals(path)) {
      decide(request, response, authorize);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void signIn(HttpServletRequest request, HttpServletResponse response, AuthorizeRequest authorize)
      throws ServletException, IOException {
    String typed = request.getParameter("email");
    String email = typed != null && !typed.isBlank() ? typed : request.getParameter("person");
    SignIn signIn = consent.signIn(HttpIo.sessionId(request), email, request.getParameter("password"));
    if (signIn.error() != null) {
      request.setAttribute("authorize", authorize);
      Views.signIn(request, response, consent.everyone(), signIn.error());
      return;
    }
    HttpIo.setSessionCookie(response, signIn.sessionId(), SandboxConfig.publicUrl().startsWith("https://"));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/sandbox/oauth" + AUTHORIZE + "?"
        + authorize.query() + "&account=" + AuthorizeRequest.encode(signIn.userId()));
  }

  private void decide(HttpServletRequest request, HttpServletResponse response, AuthorizeRequest authorize)
      throws ServletException, IOException {
    String state = AuthorizeRequest.encode(authorize.state());
    if (!"allow".equals(request.getParameter("decision"))) {
      response.sendRedirect(authorize.redirectWith("error=access_denied&state=" + state));
      return;
    }
    Optional<String> code = consent.authorize(HttpIo.sessionId(request), authorize,
        request.getParameter("account"), request.getParameter("install"));
    if (code.isEmpty()) {
      Views.error(request, response, "That account is not signed in here, or cannot install the app there.");
      return;
    }
    response.sendRedirect(authorize.redirectWith("code=" + AuthorizeRequest.encode(code.get()) + "&state=" + state));
  }

  private static boolean refused(AuthorizeRequest authorize, HttpServletRequest request,
      HttpServletResponse response) throws ServletException, IOException {
    String problem = authorize.problem(SandboxConfig.publicUrl());
    if (problem == null) {
      return false;
    }
    Views.error(request, response, problem);
    return true;
  }
}
