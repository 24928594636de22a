package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.CallLog;
import com.slackadmin.connections.sandbox.control.FaultPlan;
import com.slackadmin.connections.sandbox.control.OAuthConsent;
import com.slackadmin.connections.sandbox.control.SandboxApp;
import com.slackadmin.connections.sandbox.control.SandboxControl;
import com.slackadmin.connections.sandbox.control.SandboxSettings;
import com.slackadmin.connections.sandbox.control.SandboxWorld;
import com.slackadmin.connections.sandbox.entity.Fault;
import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.RecordedCall;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The control page {@code /sandbox}: the seeded orgs, workspaces and people, and forms that change roles,
 * plans and activity, revoke tokens, plan faults, change settings, and reset. Each form posts to
 * {@code /sandbox/manage/<action>} and comes back to the page with what happened.
 */
@WebServlet(urlPatterns = {"/sandbox", "/sandbox/", "/sandbox/manage/*"})
public class ControlPageServlet extends HttpServlet {

  @Inject
  SandboxWorld world;

  @Inject
  SandboxControl control;

  @Inject
  SandboxSettings settings;

  @Inject
  FaultPlan faults;

  @Inject
  CallLog log;

  @Inject
  OAuthConsent consent;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getServletPath().startsWith("/sandbox/manage")) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    world.apply(state -> {
      request.setAttribute("enterprises", List.copyOf(state.directory().enterprises()));
      request.setAttribute("workspaces", List.copyOf(state.directory().workspaces()));
      request.setAttribute("people", List.copyOf(state.directory().listedPeople()));
      request.setAttribute("generatedCount", state.directory().generatedCount());
      return null;
    });
    List<RecordedCall> recent = new ArrayList<>(log.calls());
    Collections.reverse(recent);
    request.setAttribute("calls", recent.subList(0, Math.min(20, recent.size())));
    request.setAttribute("roles", WorkspaceRole.values());
    request.setAttribute("orgRoles", OrgRole.values());
    request.setAttribute("plans", Plan.values());
    request.setAttribute("faultKinds", Fault.Kind.values());
    request.setAttribute("faults", faults.describe());
    request.setAttribute("settings", settings);
    request.setAttribute("signedIn", consent.accounts(HttpIo.sessionId(request)));
    request.setAttribute("clientId", SandboxApp.CLIENT_ID);
    request.setAttribute("clientSecret", SandboxApp.CLIENT_SECRET);
    request.setAttribute("notice", request.getParameter("notice"));
    Views.show(request, response, "control.jsp", 200);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String action = String.valueOf(request.getPathInfo());
    String notice;
    try {
      notice = perform(action, request);
    } catch (IllegalArgumentException | NoSuchElementException e) {
      notice = "Not done: " + e.getMessage();
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/sandbox?notice="
        + URLEncoder.encode(notice, StandardCharsets.UTF_8));
  }

  private String perform(String action, HttpServletRequest request) {
    String user = request.getParameter("user");
    switch (action) {
      case "/reset" -> control.reset(blank(request.getParameter("seedUsers")) ? null : number(request, "seedUsers", 0));
      case "/role" -> control.setRole(user, WorkspaceRole.parse(request.getParameter("role")),
          blank(request.getParameter("orgRole")) ? null : OrgRole.parse(request.getParameter("orgRole")));
      case "/plan" -> control.setPlan(request.getParameter("team"), Plan.fromSlackName(request.getParameter("plan")));
      case "/revoke" -> {
        return "Revoked " + control.revokeTokens(user) + " token(s) of " + user + ".";
      }
      case "/active" -> control.setActive(user, Boolean.parseBoolean(request.getParameter("active")));
      case "/fault" -> control.planFault(request.getParameter("target"),
          new Fault(Fault.Kind.parse(request.getParameter("kind")), number(request, "retryAfter", 30),
              number(request, "delayMs", 3000)),
          number(request, "count", 1));
      case "/faults-clear" -> faults.clear();
      case "/settings" -> {
        settings.setTokenRotation(request.getParameter("tokenRotation") != null);
        settings.setTokenLifetimeSeconds(number(request, "tokenLifetimeSeconds", 43200));
        settings.setRateLimits(request.getParameter("rateLimits") != null);
        settings.setRateLimitTimeScale(number(request, "rateLimitTimeScale", 1));
      }
      default -> throw new NoSuchElementException("no such action " + action);
    }
    return "Done: " + action.substring(1) + (user == null ? "" : " " + user) + ".";
  }

  private static int number(HttpServletRequest request, String name, int fallback) {
    String value = request.getParameter(name);
    try {
      return blank(value) ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
