package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mvc.Controller;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console lists its controllers by hand (see {@link ConsoleApplication}); none may be forgotten. */
class ConsoleApplicationTest {

  @Test
  void everyControllerIsRegisteredWithTheConsole() throws IOException, URISyntaxException {
    Path classes = Path.of(ConsoleApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> controllers = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, getClass().getClassLoader());
          if (type.isAnnotationPresent(Controller.class)) {
            controllers.add(name);
          }
        } catch (ClassNotFoundException | NoClassDefFoundError skipped) {
          // a class that needs the container to load is no controller of ours
        }
      }
    }
    Set<String> registered = new ConsoleApplication().getClasses().stream()
        .filter(c -> c.isAnnotationPresent(Controller.class))
        .map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(controllers, registered);
  }
}
