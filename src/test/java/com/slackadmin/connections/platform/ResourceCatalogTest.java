package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two JAX-RS applications get their classes from the catalog, not by scanning: every controller reaches
 * the console, every other resource the API, none both; and each is a CDI bean, since a class CDI does not
 * discover (bean-discovery-mode "annotated") would silently be served by neither.
 */
class ResourceCatalogTest {

  static final List<Class<?>> RESOURCES = new ArrayList<>();

  @BeforeAll
  static void findTheProductsResources() throws IOException, URISyntaxException {
    java.nio.file.Path classes = java.nio.file.Path.of(
        ResourceCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, ResourceCatalogTest.class.getClassLoader());
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
    ResourceCatalog catalog = new ResourceCatalog();
    RESOURCES.forEach(catalog::add);
    for (Class<?> type : RESOURCES) {
      boolean controller = type.isAnnotationPresent(Controller.class);
      assertEquals(controller, catalog.controllers().contains(type), type.getName());
      assertEquals(!controller, catalog.resources().contains(type), type.getName());
    }
    assertEquals(RESOURCES.size(), catalog.controllers().size() + catalog.resources().size());
  }

  @Test
  void everyResourceIsACdiBean() {
    for (Class<?> type : RESOURCES) {
      assertTrue(type.isAnnotationPresent(RequestScoped.class) || type.isAnnotationPresent(ApplicationScoped.class),
          type.getName() + " needs a scope, or CDI will not discover it");
    }
  }

  @Test
  void classesOfOthersAreLeftOut() {
    ResourceCatalog catalog = new ResourceCatalog();
    catalog.add(String.class);
    catalog.add(org.eclipse.krazo.core.ViewResponseFilter.class);
    assertFalse(catalog.controllers().contains(String.class));
    assertEquals(Set.of(), catalog.resources());
  }
}
