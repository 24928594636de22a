package com.slackadmin.connections.slack.control;

import com.google.gson.JsonParseException;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import java.io.IOException;

/**
 * Runs one Slack Web API call and turns every way it can fail into a {@link SlackException} that names
 * Slack's error. A 429 is retried after the {@code Retry-After} Slack asks for, a bounded number of times.
 */
final class SlackCalls {

  /** A call of the Slack SDK. */
  @FunctionalInterface
  interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  private SlackCalls() {}

  static <T extends SlackApiTextResponse> T run(String method, Call<T> call) {
    for (int attempt = 1;; attempt++) {
      try {
        T response = call.run();
        if (!response.isOk()) {
          throw new SlackException(response.getError(), "Slack answered " + method + " with " + response.getError()
              + (response.getNeeded() == null ? "" : " (needs scope " + response.getNeeded() + ")") + ".");
        }
        return response;
      } catch (SlackApiException failed) {
        int status = failed.getResponse().code();
        if (status == 429) {
          RateLimitWait.beforeRetry(method, attempt, failed.getResponse().header("Retry-After"));
        } else if (status >= 500) {
          throw new SlackUnavailableException("slack_server_error",
              "Slack answered " + method + " with HTTP " + status + ".");
        } else {
          throw new SlackException("http_" + status, "Slack answered " + method + " with HTTP " + status + ".");
        }
      } catch (IOException broken) {
        // the Web API calls made here read, or are safe to repeat (the OAuth code exchange fails when repeated)
        throw MissingAnswers.of(method, broken, false);
      } catch (JsonParseException | IllegalStateException malformed) {
        throw MissingAnswers.unreadable(method, false);
      }
    }
  }
}
