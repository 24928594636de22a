package com.slackadmin.connections.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.ConsolePages;
import com.slackadmin.connections.support.Deployments;
import com.slackadmin.connections.support.ServerLog;
import com.slackadmin.connections.support.TestDatabase;
import java.io.IOException;
import java.util.List;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With real Slack credentials configured the sandbox does not exist: every {@code /sandbox} URL is a 404.
 * Runs the built WAR on its own Payara Micro started with {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET}
 * (the {@code payara-micro-real-slack} container of {@code arquillian.xml}).
 */
@ExtendWith(ArquillianExtension.class)
class SandboxOffIT {

  private static final String CONTAINER = "payara-micro-real-slack";
  private static final String DEPLOYMENT = "real-slack";

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static WebArchive app() {
    return Deployments.builtWar();
  }

  @ArquillianResource
  ContainerController containers;

  @ArquillianResource
  Deployer deployer;

  @Test
  void everySandboxUrlIsNotFoundAndNewConnectionGoesToSlackWhenRealSlackIsConfigured() throws IOException {
    containers.start(CONTAINER);
    deployer.deploy(DEPLOYMENT);
    try (Browser browser = new Browser(Deployments.localBase())) {
      assertEquals(200, browser.get("/privacy").getWebResponse().getStatusCode(), "the app itself runs");
      List<String> sandboxUrls = List.of("/sandbox", "/sandbox/", "/sandbox/sandbox.css",
          "/sandbox/oauth/v2/authorize?client_id=sandbox-client-id&user_scope=admin&state=s",
          "/sandbox/api/auth.test", "/sandbox/api/oauth.v2.access", "/sandbox/scim/v2/Users",
          "/sandbox/control/users", "/sandbox/anything");
      for (String url : sandboxUrls) {
        assertEquals(404, browser.get(url).getWebResponse().getStatusCode(), url);
      }
      assertEquals(404, browser.post("/sandbox/control/reset", List.of()).getWebResponse().getStatusCode());
      assertEquals(404, browser.post("/sandbox/api/oauth.v2.access", List.of()).getWebResponse().getStatusCode());

      // the same build sends New Connection to slack.com, with Slack's parameters and this console's callback
      TestDatabase.reset();
      ConsolePages.setUp(browser, "admin", "Ada Admin", ConsolePages.PASSWORD);
      HtmlForm create = ConsolePages.formWithAction(browser.open("/app/connections/new"), "/app/connections");
      create.getInputByName("nickname").setValue("Real Slack");
      browser.client().getOptions().setRedirectEnabled(false);
      Page toSlack = create.getOneHtmlElementByAttribute("button", "type", "submit").click();
      String location = toSlack.getWebResponse().getResponseHeaderValue("Location");
      assertTrue(location.startsWith("https://slack.com/oauth/v2/authorize?"), location);
      assertTrue(location.contains("client_id=real-client-id"), location);
      assertTrue(
          location.contains("user_scope=admin%2Cusers%3Aread%2Cusers%3Aread.email%2Cteam%3Aread%2Cteam.billing%3Aread"),
          location);
      assertTrue(location.contains("redirect_uri=http%3A%2F%2Flocalhost%3A" + System.getProperty("it.httpPort")
          + "%2Fapp%2Fconnections%2Fcallback"), location);
      assertTrue(location.matches(".*[?&]state=[A-Za-z0-9_-]{43}(&.*)?"), location);
      assertFalse(location.contains("real-client-secret"), location);
      // browsers apply form-action to the redirect after the form: Slack's origin must be admitted
      String policy = toSlack.getWebResponse().getResponseHeaderValue("Content-Security-Policy");
      assertTrue(policy.contains("form-action 'self' https://slack.com"), policy);
    } finally {
      deployer.undeploy(DEPLOYMENT);
      containers.stop(CONTAINER);
    }
    assertFalse(ServerLog.text().contains("real-client-secret"), "the Slack client secret reached the server log");
  }

}
