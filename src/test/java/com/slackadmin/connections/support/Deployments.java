package com.slackadmin.connections.support;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
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
   * The container reports the machine's network address; the app's PUBLIC_URL and cookies are on
   * localhost, so tests talk to localhost.
   */
  public static String localBase(URL deployed) {
    try {
      URL local = new URL(deployed.getProtocol(), "localhost", deployed.getPort(), "");
      return local.toString();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
