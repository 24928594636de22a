package com.slackadmin.connections.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.Deployments;
import java.util.List;
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
  void everySandboxUrlIsNotFoundWhenRealSlackIsConfigured() {
    containers.start(CONTAINER);
    deployer.deploy(DEPLOYMENT);
    try (Browser browser = new Browser("http://localhost:" + System.getProperty("it.httpPort"))) {
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
    } finally {
      deployer.undeploy(DEPLOYMENT);
      containers.stop(CONTAINER);
    }
  }
}
