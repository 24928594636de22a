package com.slackadmin.connections.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The console: Krazo controllers under {@code /app}. */
@ApplicationPath(ConsoleApplication.BASE_PATH)
public class ConsoleApplication extends Application {

  public static final String BASE_PATH = "app";

  @Override
  public Map<String, Object> getProperties() {
    // Only methods marked @CsrfProtected are checked; every state-changing console POST carries the mark.
    return Map.of(
        "jakarta.mvc.security.CsrfProtection", "explicit",
        // flash messages travel in a cookie rather than a query parameter on every redirect
        "org.eclipse.krazo.redirectScopeCookies", true);
  }
}
