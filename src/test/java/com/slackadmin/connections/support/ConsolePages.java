package com.slackadmin.connections.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;

/** What a person does on the console's pages, step by step, through the real forms. */
public final class ConsolePages {

  public static final String PASSWORD = "correct-horse-battery";

  private ConsolePages() {}

  /** First-run setup, which leaves the browser signed in as the new ADMIN. */
  public static HtmlPage setUp(Browser browser, String username, String displayName, String password) {
    HtmlPage setup = browser.open("/app/setup");
    HtmlForm form = formWithAction(setup, "/app/setup");
    form.getInputByName("username").setValue(username);
    form.getInputByName("displayName").setValue(displayName);
    form.getInputByName("password").setValue(password);
    form.getInputByName("passwordAgain").setValue(password);
    return submit(form);
  }

  /** First-run setup, then signed out: a console that is set up, and a visitor at its sign-in page. */
  public static HtmlPage setUpSignedOut(Browser browser, String username, String displayName, String password) {
    return signOut(setUp(browser, username, displayName, password));
  }

  public static HtmlPage signIn(Browser browser, String username, String password) {
    HtmlPage signIn = browser.open("/app/signin");
    HtmlForm form = formWithAction(signIn, "/app/signin");
    form.getInputByName("username").setValue(username);
    form.getInputByName("password").setValue(password);
    return submit(form);
  }

  public static HtmlPage signOut(HtmlPage anyConsolePage) {
    return submit(formWithAction(anyConsolePage, "/app/signout"));
  }

  public static HtmlPage addTeammate(Browser admin, String username, String displayName, String role) {
    HtmlPage teammates = admin.open("/app/teammates");
    HtmlForm form = formWithAction(teammates, "/app/teammates");
    form.getInputByName("username").setValue(username);
    form.getInputByName("displayName").setValue(displayName);
    form.getInputByName("password").setValue(PASSWORD);
    HtmlSelect roles = form.getSelectByName("role");
    roles.setSelectedAttribute(role, true);
    HtmlPage result = submit(form);
    assertEquals(200, result.getWebResponse().getStatusCode());
    return result;
  }

  /** Shares a connection on its page with these teammates at once, ticking each; answers the page after. */
  public static HtmlPage shareWith(Browser owner, long connectionId, String... usernames) {
    HtmlForm form = formWithAction(owner.open("/app/connections/" + connectionId), "/shares");
    for (String username : usernames) {
      form.getInputsByName("username").stream().filter(box -> box.getValueAttribute().equals(username)).findFirst()
          .orElseThrow(() -> new AssertionError("Sharing with " + username + " is not offered"))
          .setChecked(true);
    }
    HtmlPage shared = submit(form);
    assertEquals(200, shared.getWebResponse().getStatusCode());
    return shared;
  }

  /** Creates a personal API token on the API tokens page and reads it off the answer, where it is shown once. */
  public static String createApiToken(Browser owner, String name) {
    HtmlForm form = formWithAction(owner.open("/app/tokens"), "/app/tokens");
    form.getInputByName("name").setValue(name);
    HtmlPage created = submit(form);
    assertEquals(200, created.getWebResponse().getStatusCode(), created.asNormalizedText());
    return ((HtmlInput) created.getElementById("new-token")).getValue();
  }

  /** A fresh console with an ADMIN "admin" signed in. */
  public static Browser adminSignedIn(String base) {
    Browser admin = new Browser(base);
    setUp(admin, "admin", "Ada Admin", PASSWORD);
    return admin;
  }

  public static HtmlForm formWithAction(HtmlPage page, String actionSuffix) {
    return page.getForms().stream()
        .filter(f -> f.getActionAttribute().endsWith(actionSuffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No form posting to " + actionSuffix + " on " + page.getUrl()
            + ":\n" + page.asNormalizedText()));
  }

  /** The form whose action ends so, or null when the page offers none. */
  public static HtmlForm formWithActionOrNull(HtmlPage page, String actionSuffix) {
    return page.getForms().stream().filter(f -> f.getActionAttribute().endsWith(actionSuffix)).findFirst()
        .orElse(null);
  }

  public static HtmlPage submit(HtmlForm form) {
    try {
      return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
