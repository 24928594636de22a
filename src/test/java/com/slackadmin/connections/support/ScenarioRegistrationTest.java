package com.slackadmin.connections.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scenario classes run only where a {@link DeployedWar} nests them, and no test runner finds them by name:
 * one that is not nested anywhere would silently never run.
 */
class ScenarioRegistrationTest {

  @Test
  void everyScenarioClassIsNestedInADeployedWar() throws Exception {
    List<Class<?>> classes = testClasses();
    Set<Class<?>> nested = classes.stream()
        .filter(c -> c.isAnnotationPresent(Nested.class) && c.getEnclosingClass() != null
            && DeployedWar.class.isAssignableFrom(c.getEnclosingClass()))
        .map(Class::getSuperclass)
        .collect(Collectors.toSet());
    List<String> forgotten = classes.stream()
        .filter(c -> c != FreshServer.class && FreshServer.class.isAssignableFrom(c))
        .filter(c -> Modifier.isAbstract(c.getModifiers()) && !nested.contains(c))
        .map(Class::getName)
        .toList();
    assertEquals(List.of(), forgotten, "scenario classes that no DeployedWar runs");
  }

  private static List<Class<?>> testClasses() throws Exception {
    Path root = Path.of(FreshServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(f -> root.relativize(f).toString())
          .filter(f -> f.endsWith(".class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
          .map(ScenarioRegistrationTest::load)
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ScenarioRegistrationTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
