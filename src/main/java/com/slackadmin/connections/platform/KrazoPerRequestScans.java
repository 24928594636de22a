package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.eclipse.krazo.forms.FormMethodOverwriteFilter;

/**
 * Krazo 3.0.1 makes its form-method filter request scoped, and its constructor searches every jar of the
 * application and the server ({@code ServiceLoader}) for a form reader: once per request, on the JSON API too.
 * The filter keeps no request state, so one instance serves every request. (The override it implements is
 * switched off anyway: no console form uses a {@code _method} field.)
 */
public class KrazoPerRequestScans implements Extension {

  void oneFormMethodFilter(@Observes ProcessAnnotatedType<FormMethodOverwriteFilter> filter) {
    filter.configureAnnotatedType().remove(a -> a.annotationType() == RequestScoped.class)
        .add(ApplicationScoped.Literal.INSTANCE);
  }
}
