package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's theme: a folder of {@code webapp-themes/}, packaged under {@code /themes/} in the WAR and
 * chosen by {@code CONSOLE_THEME}. A theme that is not packaged stops the start with a clear message,
 * rather than serving unstyled pages.
 */
@ApplicationScoped
@Named("theme")
public class Theme {

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

  @Inject
  @ConfigProperty(name = "CONSOLE_THEME", defaultValue = "default")
  String name;

  void check(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext)
      throws MalformedURLException {
    if (!NAME.matcher(name).matches() || servletContext.getResource(stylesheetOf(name)) == null) {
      throw new IllegalStateException("CONSOLE_THEME=" + name
          + " names no theme: use the name of a folder of webapp-themes/ (for example 'default').");
    }
  }

  public String getName() {
    return name;
  }

  /** Path of the theme's stylesheet inside the application. */
  public String getStylesheet() {
    return stylesheetOf(name);
  }

  private static String stylesheetOf(String theme) {
    return "/themes/" + theme + "/console.css";
  }
}
