package com.slackadmin.connections.platform.api;

import com.slackadmin.connections.platform.WebBoundary;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.krazo.core.ViewResponseFilter;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}, for scripts and workflow engines, authenticated by personal API tokens
 * (see {@code ApiTokenAuthentication}).
 *
 * <p>The features' resources come from their {@link WebBoundary}s; the error mappers are this package's.
 */
@ApplicationPath(ApiApplication.BASE_PATH)
@OpenAPIDefinition(
    info = @Info(title = "Slack Admin Connections API", version = "1",
        description = "Your Slack connections, their audit trails, and the Slack Admin action cards. Errors are "
            + "JSON {code, message, details} with a stable code."),
    security = @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME))
@SecurityScheme(securitySchemeName = ApiApplication.SECURITY_SCHEME, type = SecuritySchemeType.HTTP,
    scheme = "bearer", description = "A personal API token (sac_...), created on the console's API tokens page")
public class ApiApplication extends Application {

  public static final String BASE_PATH = "api";
  public static final String SECURITY_SCHEME = "apiToken";

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = WebBoundary.all(ApiApplication.class, WebBoundary::resources);
    classes.addAll(Set.of(ApiExceptionMapper.class, ValidationExceptionMapper.class));
    // Krazo (MVC) sets itself up in every JAX-RS application of a WAR with controllers, the API's too, unless its
    // view filter is there already: then its per-request filters (locale, lifecycle, form method) stay out of
    // every API call. The filter itself is bound to @Controller methods, and the API has none.
    classes.add(ViewResponseFilter.class);
    return classes;
  }
}
