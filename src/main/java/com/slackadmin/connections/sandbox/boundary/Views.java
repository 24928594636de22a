package com.slackadmin.connections.sandbox.boundary;

import com.slackadmin.connections.sandbox.control.AuthorizeRequest;
import com.slackadmin.connections.sandbox.control.OAuthConsent.InstallOption;
import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The sandbox's JSP pages, with the data each one shows. */
final class Views {

  private static final String FOLDER = "/WEB-INF/views/sandbox/";

  private Views() {}

  static void signIn(HttpServletRequest request, HttpServletResponse response, List<Person> people, String error)
      throws ServletException, IOException {
    request.setAttribute("people", people.stream().filter(Person::isActive).toList());
    request.setAttribute("error", error);
    show(request, response, "signin.jsp", 200);
  }

  static void chooser(HttpServletRequest request, HttpServletResponse response, List<Person> accounts)
      throws ServletException, IOException {
    request.setAttribute("accounts", accounts);
    show(request, response, "chooser.jsp", 200);
  }

  static void consent(HttpServletRequest request, HttpServletResponse response, Person person,
      List<InstallOption> options) throws ServletException, IOException {
    AuthorizeRequest authorize = (AuthorizeRequest) request.getAttribute("authorize");
    String preselected = options.stream().filter(o -> o.value().equals(authorize.team())).findFirst()
        .or(() -> options.stream().findFirst()).map(InstallOption::value).orElse("");
    request.setAttribute("person", person);
    request.setAttribute("options", options);
    request.setAttribute("preselected", preselected);
    request.setAttribute("scopes", authorize.userScopes());
    show(request, response, "consent.jsp", 200);
  }

  /** Slack shows its own error page and never redirects to an app it cannot trust. */
  static void error(HttpServletRequest request, HttpServletResponse response, String problem)
      throws ServletException, IOException {
    request.setAttribute("problem", problem);
    show(request, response, "error.jsp", 400);
  }

  static void show(HttpServletRequest request, HttpServletResponse response, String view, int status)
      throws ServletException, IOException {
    response.setStatus(status);
    response.setContentType("text/html; charset=UTF-8");
    request.getRequestDispatcher(FOLDER + view).forward(request, response);
  }
}
