package com.slackadmin.connections.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;

/**
 * One person's browser: HtmlUnit with JavaScript off, since no console flow may need it, and with error
 * statuses returned as pages so tests can assert on them.
 */
public final class Browser implements AutoCloseable {

  private final WebClient client;
  private final String base;

  public Browser(String base) {
    this(base, new WebClient());
  }

  private Browser(String base, WebClient client) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.client = client;
    client.getOptions().setJavaScriptEnabled(false);
    client.getOptions().setCssEnabled(false);
    client.getOptions().setThrowExceptionOnFailingStatusCode(false);
    client.getOptions().setRedirectEnabled(true);
  }

  /**
   * The same browser (its cookies, its session) opening pages at another address: another node of a cluster,
   * reached on the same host name as a balancer would show it. Closing either closes both.
   */
  public Browser at(String otherBase) {
    return new Browser(otherBase, client);
  }

  public String base() {
    return base;
  }

  public WebClient client() {
    return client;
  }

  public HtmlPage open(String path) {
    Page page = get(path);
    if (!(page instanceof HtmlPage html)) {
      throw new AssertionError(path + " answered " + page.getWebResponse().getStatusCode() + " "
          + page.getWebResponse().getContentType());
    }
    return html;
  }

  public Page get(String path) {
    try {
      return client.getPage(base + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A raw form POST, as a forged cross-site request would send it: no token unless given. */
  public Page post(String path, List<NameValuePair> parameters) {
    try {
      WebRequest request = new WebRequest(new URL(base + path), HttpMethod.POST);
      request.setRequestParameters(parameters);
      return client.getPage(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
