package com.slackadmin.connections.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the application's pooled data source; see {@link ConfiguredDataSource} for its settings. */
@DataSourceDefinition(
    name = DatabaseDefinition.JNDI_NAME,
    className = "com.slackadmin.connections.platform.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 20,
    properties = {"fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DatabaseDefinition {
  public static final String JNDI_NAME = "java:app/jdbc/connections";
}
