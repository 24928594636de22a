package com.slackadmin.connections.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is: the tests see exactly what users run. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar() {
    File war = new File(System.getProperty("it.war", "target/slack-admin-connections.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn verify does): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * Where tests reach the application: localhost, where its PUBLIC_URL and cookies are, on the port the
   * server was started with. Read from the configuration rather than injected, since {@code @Nested}
   * classes get no Arquillian resources; arquillian.xml keeps Payara Micro from moving to another port.
   */
  public static String localBase() {
    return "http://localhost:" + System.getProperty("it.httpPort", "18080");
  }
}
