package com.slackadmin.connections.slack.control;

import java.util.Optional;

/**
 * A {@link SlackGateway} outside the container, on the Slack SDK as the application configures it, pointed at a
 * stand-in for Slack's Web API: for tests that drive the product's own Slack calls over HTTP.
 */
public final class StandaloneGateway implements AutoCloseable {

  private final SlackClients clients = new SlackClients();
  private final SlackGateway gateway = new SlackGateway();

  private StandaloneGateway(String apiUrl) {
    SlackSettings settings = new SlackSettings();
    settings.clientId = Optional.empty();
    settings.clientSecret = Optional.empty();
    settings.authorizeUrl = Optional.empty();
    settings.apiUrl = Optional.of(apiUrl);
    settings.scimUrl = Optional.of("http://127.0.0.1:1/scim/v2/"); // no SCIM here
    settings.publicUrl = "http://127.0.0.1:1";
    settings.timeoutSeconds = 10;
    clients.settings = settings;
    clients.create();
    gateway.clients = clients;
    gateway.settings = settings;
  }

  /** @param apiUrl the Web API method prefix, such as {@code http://127.0.0.1:8080/sandbox/api/} */
  public static StandaloneGateway at(String apiUrl) {
    return new StandaloneGateway(apiUrl);
  }

  public SlackGateway gateway() {
    return gateway;
  }

  @Override
  public void close() {
    clients.close();
  }
}
