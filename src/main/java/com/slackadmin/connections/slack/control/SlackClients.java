package com.slackadmin.connections.slack.control;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One Slack SDK instance for the application, pointed at the configured Web API and SCIM prefixes. */
@ApplicationScoped
public class SlackClients {

  @Inject
  SlackSettings settings;

  private Slack slack;

  @PostConstruct
  void create() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    config.setScim2EndpointUrlPrefix(settings.scimUrl());
    // No statistics: with them the SDK calls auth.test once per token to learn its team, and keeps every
    // plaintext token it ever used (revoked and rotated ones too) in a static map for the life of the process.
    // setStatsEnabled does not reach the SCIM 2.0 client's own setting.
    config.setStatsEnabled(false);
    config.getSCIM2Config().setStatsEnabled(false);
    int timeoutMillis = settings.timeoutSeconds() * 1000;
    config.setHttpClientReadTimeoutMillis(timeoutMillis);
    config.setHttpClientWriteTimeoutMillis(timeoutMillis);
    config.setHttpClientCallTimeoutMillis(2 * timeoutMillis);
    config.setPrettyResponseLoggingEnabled(false);
    slack = Slack.getInstance(config);
  }

  public Slack slack() {
    return slack;
  }

  @PreDestroy
  void close() {
    try {
      slack.close();
    } catch (Exception ignored) {
      // shutting down: nothing left to do with a client that does not close cleanly
    }
  }
}
