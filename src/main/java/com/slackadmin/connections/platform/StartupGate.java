package com.slackadmin.connections.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;

/**
 * The one way the application starts: checks the theme, then fires {@link Starting} to the features' checks
 * and start-up work. A refusal ends the process (see {@link ProcessExit}); it also fails the deployment, so
 * nothing is served until the process is gone. Without this, Payara Micro keeps running after a failed
 * deployment, says it is ready and answers 500 to every request.
 */
@ApplicationScoped
public class StartupGate {

  @Inject
  Theme theme;

  @Inject
  Event<Starting> starting;

  ProcessExit exit = new ProcessExit();

  void open(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE)
  @Initialized(ApplicationScoped.class) ServletContext servletContext) throws MalformedURLException {
    try {
      theme.check(servletContext);
      starting.fire(new Starting());
    } catch (StartRefusedException refused) {
      exit.refuse(refused);
      throw refused;
    }
  }
}
