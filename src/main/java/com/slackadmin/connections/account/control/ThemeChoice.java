package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.platform.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The theme of the current request: the signed-in person's choice, else the console's default
 * ({@code CONSOLE_THEME}). Read per request from the database, so a choice shows on every node at once.
 */
@RequestScoped
@Named("theme")
public class ThemeChoice {

  @Inject
  CurrentUser currentUser;

  @Inject
  Theme themes;

  /** The person's stored choice, null when they follow the default. */
  public String getChosen() {
    return currentUser.find().map(ConsoleUser::getTheme).filter(themes::isAvailable).orElse(null);
  }

  public String getName() {
    String chosen = getChosen();
    return chosen == null ? themes.getName() : chosen;
  }

  public String getStylesheet() {
    return themes.stylesheetFor(getChosen());
  }
}
