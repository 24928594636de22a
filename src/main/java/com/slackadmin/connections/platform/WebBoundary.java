package com.slackadmin.connections.platform;

import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * A feature's web boundary as the two JAX-RS applications serve it: its Krazo controllers (console, under
 * {@code /app}) and its JSON resources (under {@code /api}). Each feature lists its own, and registers the
 * list in {@code META-INF/services/com.slackadmin.connections.platform.WebBoundary}, so the applications here
 * depend on no feature. Not scanned: the WAR holds two applications, and a scanned one serves every resource
 * of the WAR. Plain {@link ServiceLoader}, so that whoever instantiates an application (Jersey, the OpenAPI
 * document's builder) finds the same classes.
 */
public interface WebBoundary {

  default Set<Class<?>> controllers() {
    return Set.of();
  }

  default Set<Class<?>> resources() {
    return Set.of();
  }

  /** What every feature registered, from the class loader of the application asking. */
  static Set<Class<?>> all(Class<?> application, Function<WebBoundary, Set<Class<?>>> part) {
    Set<Class<?>> classes = new HashSet<>();
    ServiceLoader.load(WebBoundary.class, application.getClassLoader()).forEach(b -> classes.addAll(part.apply(b)));
    return classes;
  }
}
