package com.slackadmin.connections.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only, for the benchmarks: the reference a page is compared with. POST stores a copy of a page's bytes;
 * GET serves them as they are, through the same server, filters and connection handling, with no work of the
 * application's.
 */
@WebServlet("/test-support/static-copy")
public class StaticCopy extends HttpServlet {

  private volatile byte[] copy = new byte[0];

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    copy = request.getInputStream().readAllBytes();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] bytes = copy;
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
