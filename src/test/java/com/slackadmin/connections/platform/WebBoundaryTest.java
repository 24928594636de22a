package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.platform.api.ApiApplication;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two JAX-RS applications serve what the features' {@link WebBoundary}s list: every controller of the
 * product reaches the console and every other resource the API, each listed once, by its own feature; and
 * neither application serves the other's classes.
 */
class WebBoundaryTest {

  static final List<Class<?>> RESOURCES = new ArrayList<>();

  @BeforeAll
  static void findTheProductsResources() throws IOException, URISyntaxException {
    java.nio.file.Path classes = java.nio.file.Path.of(
        WebBoundary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, WebBoundaryTest.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)) {
            RESOURCES.add(type);
          }
        } catch (ClassNotFoundException | NoClassDefFoundError skipped) {
          // a class that needs the container to load is no resource of ours
        }
      }
    }
    assertTrue(RESOURCES.size() > 10, RESOURCES.toString());
  }

  @Test
  void controllersGoToTheConsoleAndTheOtherResourcesToTheApi() {
    Set<Class<?>> console = new ConsoleApplication().getClasses();
    Set<Class<?>> api = new ApiApplication().getClasses();
    for (Class<?> type : RESOURCES) {
      boolean controller = type.isAnnotationPresent(Controller.class);
      assertEquals(controller, console.contains(type), type.getName() + " in the console");
      assertEquals(!controller, api.contains(type), type.getName() + " in the API");
    }
  }

  @Test
  void eachFeatureListsOnlyItsOwnClassesAndEachOnce() {
    List<Class<?>> listed = new ArrayList<>();
    for (WebBoundary boundary : ServiceLoader.load(WebBoundary.class)) {
      String feature = boundary.getClass().getPackageName();
      for (Class<?> type : union(boundary.controllers(), boundary.resources())) {
        assertEquals(feature, type.getPackageName(), type.getName() + " is listed by " + boundary.getClass());
        listed.add(type);
      }
    }
    assertEquals(RESOURCES.size(), listed.size(), listed.toString());
    assertEquals(Set.copyOf(RESOURCES), Set.copyOf(listed));
  }

  @Test
  void theOpenApiDocumentScansExactlyTheApisClasses() throws IOException {
    Properties config = new Properties();
    try (InputStream in = WebBoundary.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      config.load(in);
    }
    Set<String> scanned = Set.of(config.getProperty("mp.openapi.scan.classes").split("\\s*,\\s*"));
    Set<String> api = new TreeSet<>(WebBoundary.all(ApiApplication.class, WebBoundary::resources).stream()
        .map(Class::getName).toList());
    api.add(ApiApplication.class.getName());
    assertEquals(api, new TreeSet<>(scanned));
  }

  private static List<Class<?>> union(Set<Class<?>> first, Set<Class<?>> second) {
    List<Class<?>> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
