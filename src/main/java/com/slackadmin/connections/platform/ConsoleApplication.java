package com.slackadmin.connections.platform;

import com.slackadmin.connections.account.boundary.ApiTokensController;
import com.slackadmin.connections.account.boundary.ProfileController;
import com.slackadmin.connections.account.boundary.SetupController;
import com.slackadmin.connections.account.boundary.SignInController;
import com.slackadmin.connections.account.boundary.TeammatesController;
import com.slackadmin.connections.audit.boundary.AuditController;
import com.slackadmin.connections.card.boundary.CardController;
import com.slackadmin.connections.connection.boundary.ConnectionController;
import com.slackadmin.connections.connection.boundary.ConnectionNotFoundMapper;
import com.slackadmin.connections.connection.boundary.ConnectionsController;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The console: Krazo controllers under {@code /app}.
 *
 * <p>The classes are listed rather than scanned because the WAR holds more than one JAX-RS application
 * (the JSON API has its own); a scanned application would serve every resource of the WAR under
 * {@code /app} too. {@code ConsoleApplicationTest} checks that no controller is forgotten here.
 */
@ApplicationPath(ConsoleApplication.BASE_PATH)
public class ConsoleApplication extends Application {

  public static final String BASE_PATH = "app";

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ConsoleRequestMarker.class,
        NotPermittedMapper.class,
        SetupController.class,
        SignInController.class,
        TeammatesController.class,
        ProfileController.class,
        ApiTokensController.class,
        ConnectionsController.class,
        ConnectionController.class,
        ConnectionNotFoundMapper.class,
        AuditController.class,
        CardController.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        // Only methods marked @CsrfProtected are checked; every state-changing console POST carries the mark.
        "jakarta.mvc.security.CsrfProtection", "explicit",
        // flash messages travel in a cookie rather than a query parameter on every redirect
        "org.eclipse.krazo.redirectScopeCookies", true);
  }
}
