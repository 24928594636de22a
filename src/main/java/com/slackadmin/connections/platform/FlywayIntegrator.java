package com.slackadmin.connections.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema while Hibernate boots, before it validates the mapping against it.
 *
 * <p>A {@code @Startup} bean would run too late: the persistence unit, and its schema validation, is
 * built before any application bean starts. A schema that cannot be migrated refuses the start, as the
 * features' checks do (see {@link StartupGate}): the deployment would fail anyway, and leave Payara running.
 */
public class FlywayIntegrator implements Integrator {

  @Override
  public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource = sessionFactory.getServiceRegistry()
        .requireService(ConnectionProvider.class)
        .unwrap(DataSource.class);
    try {
      Flyway.configure(FlywayIntegrator.class.getClassLoader())
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException unusable) {
      StartRefusedException refused = new StartRefusedException("the database schema cannot be migrated ("
          + StartRefusedException.innermostMessage(unusable) + "): check that DATABASE_URL names this application's"
          + " database (an empty one, or one its migrations created).");
      new ProcessExit().refuse(refused);
      throw refused;
    }
  }

  @Override
  public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release
  }
}
