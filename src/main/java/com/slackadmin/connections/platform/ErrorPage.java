package com.slackadmin.connections.platform;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.platform.api.ApiApplication;
import com.slackadmin.connections.platform.api.ApiErrors;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error the container answers itself (web.xml's error pages: a role that may not see a page, an unknown
 * address, a method the address does not take, an exception no mapper caught): under {@code /api} the API's
 * JSON error ({@link ApiErrors}), elsewhere the console's friendly page. The security headers come from
 * {@link SecurityHeadersFilter}, which also runs on error dispatches.
 */
@WebServlet(ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

  static final String PATH = "/error";
  /**
   * The page's JSP, declared in web.xml as a servlet of its own. A dispatch by path would render the JSP of the
   * failed request instead, when that was one declared by file (such as {@code /privacy}): Payara marks the
   * request with the JSP file to render and leaves the mark for a forward to a plain JSP.
   */
  static final String VIEW = "errorView";
  private static final String API_PATH = "/" + ApiApplication.BASE_PATH;
  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  /** Every method: the page answers for requests of any method, PATCH and unknown ones too. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND); // asked for by its address
      return;
    }
    if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
      // Servlet 6.0's HttpServlet answers 501 to a method it does not know, PATCH included: the address exists,
      // the method does not fit it
      status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
      response.setStatus(status);
      request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    }
    if (isApi(request)) {
      writeJson(request, response, status);
    } else {
      request.getServletContext().getNamedDispatcher(VIEW).forward(asGet(request), response);
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String api = request.getContextPath() + API_PATH;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && (uri.equals(api) || uri.toString().startsWith(api + "/"));
  }

  private static void writeJson(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    ApiErrors.Failure failure = ApiErrors.ofStatus(status);
    if (failure.isInternal()) {
      Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      LOG.log(Level.SEVERE, thrown, () -> "JSON API incident " + failure.incident() + " (HTTP " + status + ")");
    }
    response.setStatus(failure.status());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.createObjectBuilder().add("code", failure.error().code())
        .add("message", failure.error().message())
        .add("details", JSON.createObjectBuilder(failure.error().details())).build().toString());
  }

  /** JSP pages answer GET, POST and HEAD only; the page is the same whatever the method was. */
  private static HttpServletRequest asGet(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getMethod() {
        return "HEAD".equals(super.getMethod()) ? "HEAD" : "GET";
      }
    };
  }
}
