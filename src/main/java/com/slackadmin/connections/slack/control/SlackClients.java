package com.slackadmin.connections.slack.control;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.json.GsonFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Response;

/** One Slack SDK instance for the application, pointed at the configured Web API and SCIM prefixes. */
@ApplicationScoped
public class SlackClients {

  @Inject
  SlackSettings settings;

  private Slack slack;
  /** The SDK's reader of Web API answers, made once (see {@link #call}). */
  private Gson answers;

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
    answers = GsonFactory.createSnakeCase(config);
  }

  /**
   * A Web API method called as the SDK calls it (same request, same exception for an HTTP error), its answer
   * read with one reader for the process: the SDK builds a new Gson for each answer, which learns every model's
   * fields by reflection again: 7 % of a card run's CPU for {@code users.info}, the call of every use.
   */
  <T extends SlackApiTextResponse> T call(String token, String method, FormBody.Builder form, Class<T> answer)
      throws IOException, SlackApiException {
    // the SDK's own client for the token, configured as every other call's (endpoint, HTTP client)
    MethodsClientImpl methods = (MethodsClientImpl) slack.methods(token);
    try (Response response = methods.runPostFormWithToken(form, method, token)) {
      String body = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw new SlackApiException(slack.getConfig(), response, body);
      }
      T read = answers.fromJson(body, answer);
      if (read == null) {
        throw new JsonParseException("Slack answered " + method + " with an empty body");
      }
      return read;
    }
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
