package com.slackadmin.connections.support;

import static com.slackadmin.connections.support.ConsolePages.formWithAction;
import static com.slackadmin.connections.support.ConsolePages.submit;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;

/** What a person does on the sandbox's Slack pages: sign in, pick an account, Authorize or Cancel. */
public final class SlackPages {

  public static final String PASSWORD = "sandbox";

  private SlackPages() {}

  /** New Connection: types the nickname and presses Create; answers the page the browser lands on. */
  public static HtmlPage create(Browser browser, String nickname) {
    HtmlForm form = formWithAction(browser.open("/app/connections/new"), "/app/connections");
    form.getInputByName("nickname").setValue(nickname);
    return submit(form);
  }

  /**
   * From any Slack page of the authorization, ends up on the consent page as {@code email} and presses
   * Authorize (choosing {@code install} when Slack offers a choice) or Cancel.
   */
  public static HtmlPage authorizeAs(HtmlPage slackPage, String email, String install, boolean authorize) {
    HtmlPage consent = consentAs(slackPage, email);
    if (install != null) {
      consent.getForms().get(0).getRadioButtonsByName("install").stream()
          .filter(r -> r.getValueAttribute().equals(install) || labelOf(consent, r).contains(install))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no install option " + install + ":\n" + consent.asNormalizedText()))
          .setChecked(true);
    }
    HtmlButton decision = consent.getFirstByXPath(
        "//button[@name='decision' and @value='" + (authorize ? "allow" : "deny") + "']");
    return click(decision);
  }

  /** Authorizes as {@code email} but stops before following Slack's redirect; answers the callback URL. */
  public static String callbackUrlAfterAuthorizing(Browser browser, HtmlPage slackPage, String email) {
    HtmlPage consent = consentAs(slackPage, email);
    HtmlButton allow = consent.getFirstByXPath("//button[@name='decision' and @value='allow']");
    browser.client().getOptions().setRedirectEnabled(false);
    try {
      return allow.click().getWebResponse().getResponseHeaderValue("Location");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      browser.client().getOptions().setRedirectEnabled(true);
    }
  }

  public static HtmlPage consentAs(HtmlPage page, String email) {
    for (int step = 0; step < 5; step++) {
      String text = page.asNormalizedText();
      if (page.getFirstByXPath("//button[@name='decision']") != null) {
        if (text.contains("(" + email + ",")) {
          return page;
        }
        page = click(page.getAnchorByText("Use another account"));
      } else if (page.getFirstByXPath("//input[@name='password']") != null) {
        HtmlForm form = page.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/sandbox/oauth/signin"))
            .findFirst().orElseThrow();
        form.getInputByName("email").setValue(email);
        form.getInputByName("password").setValue(PASSWORD);
        page = submit(form);
      } else if (text.contains("Select a Slack account")) {
        HtmlAnchor account = page.getAnchors().stream().filter(a -> a.asNormalizedText().contains("(" + email + ")"))
            .findFirst().orElse(page.getAnchorByText("Use another account"));
        page = click(account);
      } else {
        throw new AssertionError("not a Slack authorization page: " + page.getUrl() + "\n" + text);
      }
    }
    throw new AssertionError("could not reach the consent page as " + email);
  }

  private static String labelOf(HtmlPage page, HtmlRadioButtonInput radio) {
    return page.getFirstByXPath("//label[@for='" + radio.getId() + "']") == null ? ""
        : ((org.htmlunit.html.HtmlLabel) page.getFirstByXPath("//label[@for='" + radio.getId() + "']"))
            .asNormalizedText();
  }

  private static HtmlPage click(org.htmlunit.html.HtmlElement element) {
    try {
      return element.click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
