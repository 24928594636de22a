package com.slackadmin.connections.platform;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the features' JAX-RS classes while CDI discovers beans: Krazo controllers for the console, the other
 * resources for the JSON API. The WAR holds two JAX-RS applications, so neither may be scanned by JAX-RS
 * (each would serve the other's resources); listing the classes by hand in {@code platform} would make it
 * depend on every feature. Each feature's boundary only has to be a CDI bean ({@code @RequestScoped}).
 */
public class ResourceCatalog implements Extension {

  private static final String PRODUCT = "com.slackadmin.connections.";

  /**
   * The catalog of this deployment, for the JAX-RS applications, which the container creates itself. Static
   * because {@code CDI.current()} cannot tell which bean archive asks; it holds class names of the deployment,
   * no state of any user, and each deployment has its own class loader and so its own copy.
   */
  private static volatile ResourceCatalog deployed;

  private final Set<Class<?>> controllers = ConcurrentHashMap.newKeySet();
  private final Set<Class<?>> resources = ConcurrentHashMap.newKeySet();

  <T> void collect(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> found) {
    add(found.getAnnotatedType().getJavaClass());
  }

  void publish(@Observes AfterBeanDiscovery discoveryDone) {
    deployed = this;
  }

  /** Files a discovered class under its application; classes of libraries and sub-resources are left out. */
  void add(Class<?> type) {
    if (!type.getName().startsWith(PRODUCT) || !type.isAnnotationPresent(Path.class)) {
      return;
    }
    (isController(type) ? controllers : resources).add(type);
  }

  static boolean isController(Class<?> type) {
    return type.isAnnotationPresent(Controller.class)
        || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Controller.class));
  }

  /** The console's controllers. */
  public Set<Class<?>> controllers() {
    return Set.copyOf(controllers);
  }

  /** The JSON API's resources. */
  public Set<Class<?>> resources() {
    return Set.copyOf(resources);
  }

  /** The catalog of the running application; CDI has finished discovery when JAX-RS asks. */
  public static ResourceCatalog current() {
    ResourceCatalog catalog = deployed;
    if (catalog == null) {
      throw new IllegalStateException("CDI has not discovered the application's resources yet");
    }
    return catalog;
  }
}
