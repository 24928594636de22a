package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's themes: the folders of {@code webapp-themes/}, each packaged under {@code /themes/} in the WAR
 * with its {@code console.css}. {@code CONSOLE_THEME} picks the default; each person may choose another on
 * their profile page. A default that is not packaged stops the start with a clear message, rather than serving
 * unstyled pages.
 */
@ApplicationScoped
public class Theme {

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

  @Inject
  @ConfigProperty(name = "CONSOLE_THEME", defaultValue = "default")
  String name;

  private volatile List<String> available = List.of();

  /** Called by {@link StartupGate} when the application starts. */
  void check(ServletContext servletContext) throws MalformedURLException {
    available = packaged(servletContext);
    if (!available.contains(name)) {
      throw new StartRefusedException("CONSOLE_THEME=" + name + " names no theme: use the name of a folder of"
          + " webapp-themes/ (packaged here: " + String.join(", ", available) + ").");
    }
  }

  /** The default theme's name. */
  public String getName() {
    return name;
  }

  /** The default theme's stylesheet, inside the application. */
  public String getStylesheet() {
    return stylesheetOf(name);
  }

  /** Every packaged theme, by name, the default first. */
  public List<String> getAvailable() {
    return available;
  }

  public boolean isAvailable(String theme) {
    return theme != null && available.contains(theme);
  }

  /** The stylesheet of a person's chosen theme, or of the default when the choice is gone or none. */
  public String stylesheetFor(String chosen) {
    return stylesheetOf(isAvailable(chosen) ? chosen : name);
  }

  private List<String> packaged(ServletContext servletContext) throws MalformedURLException {
    Set<String> folders = servletContext.getResourcePaths("/themes/");
    List<String> names = new java.util.ArrayList<>();
    for (String folder : folders == null ? Set.<String>of() : folders) {
      String theme = folder.replaceFirst("^/themes/", "").replaceFirst("/$", "");
      if (NAME.matcher(theme).matches() && servletContext.getResource(stylesheetOf(theme)) != null) {
        names.add(theme);
      }
    }
    names.sort((a, b) -> a.equals(name) ? -1 : b.equals(name) ? 1 : a.compareTo(b));
    return List.copyOf(names);
  }

  private static String stylesheetOf(String theme) {
    return "/themes/" + theme + "/console.css";
  }
}
