package com.slackadmin.connections.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test class that boots Payara Micro with the built WAR. Arquillian deploys it once for the
 * class and keeps it for all its {@code @Nested} classes, which declare no deployment of their own: a boot
 * costs over a minute, so scenarios that need the same server configuration share one. The WAR is the built
 * one plus two test-only servlets: a probe that counts what a request reads from the database
 * ({@link HibernateStatisticsProbe}) and the benchmarks' static reference page ({@link StaticCopy}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedWar {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.builtWar().addClasses(HibernateStatisticsProbe.class, StaticCopy.class);
  }
}
