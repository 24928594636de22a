package com.slackadmin.connections.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * JSP tag handlers are created with {@code new}, not as CDI managed objects. Payara hands its JSP engine an
 * injector (this context attribute) that makes every tag handler a CDI managed object: Weld builds an injection
 * target and fires {@code ProcessInjectionTarget} for each. A tag file's handler is new at every use and its
 * JSTL tags are created again inside it, so the Connections page paid this for every tag of every row: a quarter
 * of the page's CPU. No tag handler here has anything to inject (our tag files and JSTL's handlers), so the
 * engine, finding no injector, instantiates them.
 */
@WebListener
public class PlainTagHandlers implements ServletContextListener {

  /** Where Payara leaves the injector for the JSP engine (GlassFish's {@code JSP_RESOURCE_INJECTOR}). */
  static final String INJECTOR = "com.sun.appserv.jsp.resource.injector";

  private static final Logger LOG = Logger.getLogger(PlainTagHandlers.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (event.getServletContext().getAttribute(INJECTOR) == null) {
      LOG.fine("No JSP tag handler injector to remove");
      return;
    }
    event.getServletContext().removeAttribute(INJECTOR);
  }
}
