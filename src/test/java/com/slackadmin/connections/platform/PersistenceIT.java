package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.Deployments;
import com.slackadmin.connections.support.TestDatabase;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema comes from the Flyway migrations and Hibernate validates its mapping against it: the
 * deployment would fail otherwise. Runs on H2 by default and on PostgreSQL with the "postgres" profile;
 * when PostgreSQL was asked for and is absent, this fails rather than skips.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.builtWar();
  }

  @ArquillianResource
  URL deployed;

  @Test
  void migrationsRanAndTheApplicationIsReadyOnTheConfiguredDatabase() {
    String expectedProduct = TestDatabase.isPostgres() ? "PostgreSQL" : "H2";
    try (Browser browser = new Browser(Deployments.localBase(deployed))) {
      String health = browser.get("/health/ready").getWebResponse().getContentAsString();
      assertTrue(health.contains("\"status\":\"UP\""), health);
      assertTrue(health.contains("\"product\":\"" + expectedProduct + "\""), health);
    }
    assertEquals(1, TestDatabase.queryLong(
        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE"));
  }
}
