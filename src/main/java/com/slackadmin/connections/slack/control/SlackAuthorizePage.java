package com.slackadmin.connections.slack.control;

import com.slackadmin.connections.platform.FormTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Slack's authorize page (or the sandbox's), where New Connection and Reauthorize send the browser. */
@ApplicationScoped
public class SlackAuthorizePage implements FormTarget {

  @Inject
  SlackSettings settings;

  @Override
  public String url() {
    return settings.authorizeUrl();
  }
}
