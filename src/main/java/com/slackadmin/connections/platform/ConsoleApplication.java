package com.slackadmin.connections.platform;

import jakarta.mvc.form.FormMethodOverwriter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The console: Krazo controllers under {@code /app}.
 *
 * <p>The features' controllers come from their {@link WebBoundary}s; the providers are the platform's.
 */
@ApplicationPath(ConsoleApplication.BASE_PATH)
public class ConsoleApplication extends Application {

  public static final String BASE_PATH = "app";

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = WebBoundary.all(ConsoleApplication.class, WebBoundary::controllers);
    classes.addAll(
        Set.of(ConsoleRequestMarker.class, FormEncodingFilter.class, NotPermittedMapper.class, NotVisibleMapper.class,
            ViewWriter.class));
    return classes;
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        // Only methods marked @CsrfProtected are checked; every state-changing console POST carries the mark.
        "jakarta.mvc.security.CsrfProtection", "explicit",
        // flash messages travel in a cookie rather than a query parameter on every redirect
        "org.eclipse.krazo.redirectScopeCookies", true,
        // no console form overrides its method with a _method field: no reading of every form POST for one
        FormMethodOverwriter.FORM_METHOD_OVERWRITE, FormMethodOverwriter.Options.DISABLED,
        // multipart/form-data bodies (a CSV file uploaded on the New bulk run page), read by Payara's own Jersey
        "jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature",
        "org.eclipse.krazo.csrfTokenStrategy", new SessionCsrfTokens());
  }
}
