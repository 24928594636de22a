package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CONSOLE_THEME picks the default among the packaged themes; a person's choice overrides it while it exists. */
class ThemeTest {

  /** A WAR holding these theme folders, each with its console.css. */
  private static ServletContext warWith(String... themes) {
    Set<String> folders = new java.util.TreeSet<>();
    for (String theme : themes) {
      folders.add("/themes/" + theme + "/");
    }
    return (ServletContext) Proxy.newProxyInstance(ThemeTest.class.getClassLoader(),
        new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getResourcePaths" -> "/themes/".equals(args[0]) ? folders : null;
          case "getResource" -> folders.stream().anyMatch(f -> (f + "console.css").equals(args[0]))
              ? new URL("file:" + args[0]) : null;
          default -> null;
        });
  }

  private static Theme configured(String name) throws MalformedURLException {
    Theme theme = new Theme();
    theme.name = name;
    theme.check(warWith("default", "dark", "high-contrast"));
    return theme;
  }

  @Test
  void theConfiguredThemeIsTheDefaultAndEveryPackagedThemeIsOffered() throws MalformedURLException {
    Theme theme = configured("dark");
    assertEquals("/themes/dark/console.css", theme.getStylesheet());
    assertEquals(List.of("dark", "default", "high-contrast"), theme.getAvailable());
    assertEquals("/themes/default/console.css", configured("default").getStylesheet());
  }

  @Test
  void aPersonsChoiceWinsWhileItIsPackagedElseTheDefault() throws MalformedURLException {
    Theme theme = configured("default");
    assertEquals("/themes/high-contrast/console.css", theme.stylesheetFor("high-contrast"));
    assertEquals("/themes/default/console.css", theme.stylesheetFor(null));
    assertEquals("/themes/default/console.css", theme.stylesheetFor("removed-since"));
    assertEquals("/themes/default/console.css", theme.stylesheetFor("../../WEB-INF/web"));
  }

  @Test
  void aMissingConfiguredThemeStopsTheStartNamingThePackagedOnes() {
    StartRefusedException refused = assertThrows(StartRefusedException.class, () -> configured("solarized"));
    assertTrue(refused.getMessage().contains("CONSOLE_THEME=solarized"), refused.getMessage());
    assertTrue(refused.getMessage().contains("default, dark, high-contrast")
        || refused.getMessage().contains("dark, default, high-contrast"), refused.getMessage());
  }
}
