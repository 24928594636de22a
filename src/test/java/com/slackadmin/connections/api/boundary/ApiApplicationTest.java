package com.slackadmin.connections.api.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.platform.ConsoleApplication;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API lists its classes by hand (see {@link ApiApplication}): every resource and provider of the API
 * package is listed, and neither application serves the other's classes.
 */
class ApiApplicationTest {

  @Test
  void everyResourceAndProviderOfTheApiIsRegisteredWithTheApi() throws IOException, URISyntaxException {
    java.nio.file.Path classes = java.nio.file.Path.of(
        ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    java.nio.file.Path api = classes.resolve("com/slackadmin/connections/api");
    Set<String> found = new TreeSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(api)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, getClass().getClassLoader());
          if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
            found.add(name);
          }
        } catch (ClassNotFoundException | NoClassDefFoundError skipped) {
          // a class that needs the container to load is no resource of ours
        }
      }
    }
    Set<String> registered = new ApiApplication().getClasses().stream().map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(found, registered);
  }

  @Test
  void neitherApplicationServesTheOthersClasses() {
    Set<Class<?>> api = new ApiApplication().getClasses();
    Set<Class<?>> console = new ConsoleApplication().getClasses();
    assertTrue(api.stream().noneMatch(c -> c.isAnnotationPresent(Controller.class)), api.toString());
    assertTrue(api.stream().allMatch(c -> c.getPackageName().startsWith("com.slackadmin.connections.api")));
    assertFalse(console.stream().anyMatch(c -> c.getPackageName().startsWith("com.slackadmin.connections.api")));
  }
}
