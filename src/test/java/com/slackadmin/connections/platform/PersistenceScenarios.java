package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.support.Browser;
import com.slackadmin.connections.support.FreshServer;
import com.slackadmin.connections.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The schema comes from the Flyway migrations and Hibernate validates its mapping against it: the
 * deployment would fail otherwise. Runs on H2 by default and on PostgreSQL with the "postgres" profile;
 * when PostgreSQL was asked for and is absent, this fails rather than skips.
 */
public abstract class PersistenceScenarios extends FreshServer {

  @Test
  void migrationsRanAndTheApplicationIsReadyOnTheConfiguredDatabase() {
    String expectedProduct = TestDatabase.isPostgres() ? "PostgreSQL" : "H2";
    try (Browser browser = new Browser(base)) {
      String health = browser.get("/health/ready").getWebResponse().getContentAsString();
      assertTrue(health.contains("\"status\":\"UP\""), health);
      assertTrue(health.contains("\"product\":\"" + expectedProduct + "\""), health);
    }
    assertEquals(1, TestDatabase.queryLong(
        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE"));
  }
}
