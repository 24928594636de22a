package com.slackadmin.connections.account.control;

import com.slackadmin.connections.platform.StartRefusedException;
import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first ADMIN at start-up from {@code CONSOLE_ADMIN_USERNAME} and {@code CONSOLE_ADMIN_PASSWORD},
 * for automated installs that cannot click through the setup page. Does nothing once the console is set up.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject
  ConsoleUsers users;

  @Inject
  @ConfigProperty(name = "CONSOLE_ADMIN_USERNAME")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "CONSOLE_ADMIN_PASSWORD")
  Optional<String> password;

  void onStart(@Observes @Priority(Starting.WORK) Starting starting) {
    if (username.isEmpty() || password.isEmpty() || !users.isSetupRequired()) {
      return;
    }
    try {
      users.createFirstAdmin(username.get(), username.get(), password.get());
      LOG.info(() -> "Created the first ADMIN '" + username.get() + "' from CONSOLE_ADMIN_USERNAME");
    } catch (AccountException refused) {
      throw new StartRefusedException("CONSOLE_ADMIN_USERNAME/CONSOLE_ADMIN_PASSWORD: " + refused.getMessage());
    }
  }
}
