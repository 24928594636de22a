package com.slackadmin.connections.slack.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.google.gson.JsonParseException;
import com.slack.api.scim2.SCIM2ApiErrorResponse;
import com.slack.api.scim2.SCIM2ApiException;
import com.slackadmin.connections.slack.entity.ScimRefusal;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackOutcomeUnknownException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.function.IntConsumer;

/**
 * Runs one SCIM call and turns every way it can fail into a {@link SlackException}: Slack's refusals
 * (4xx) as {@link ScimRefusal} with Slack's {@code detail}; 5xx, an unreachable Slack, and a read without an
 * answer as {@link SlackUnavailableException}; a change without a usable answer as
 * {@link SlackOutcomeUnknownException}. A 429 is retried after the {@code Retry-After} Slack asks for, a bounded
 * number of times; a write is only ever sent again after a 429, which Slack answers before doing anything.
 */
final class ScimCalls {

  /** A call of the SDK's SCIM client, or one of our own through its HTTP client. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws IOException, SCIM2ApiException;
  }

  private ScimCalls() {}

  /**
   * @param what the call as the messages name it, starting with its HTTP method ({@code PATCH /Users/{id}})
   */
  static <T> T run(String what, Call<T> call) {
    return run(what, call, retryAfter -> {});
  }

  /**
   * @param rateLimited told of each 429 and its {@code Retry-After} in seconds (1 when Slack gave none)
   */
  static <T> T run(String what, Call<T> call, IntConsumer rateLimited) {
    String named = "SCIM " + what;
    boolean changes = !what.startsWith("GET ");
    for (int attempt = 1;; attempt++) {
      try {
        return call.run();
      } catch (SCIM2ApiException failed) {
        int status = failed.getResponse().code();
        if (status == 429) {
          String retryAfter = failed.getResponse().header("Retry-After");
          rateLimited.accept(RateLimitWait.seconds(retryAfter));
          RateLimitWait.beforeRetry(named, attempt, retryAfter);
        } else if (status >= 500) {
          throw new SlackUnavailableException("slack_server_error", "Slack answered " + named + " with HTTP "
              + status + ".");
        } else {
          throw new ScimRefusal(status, detailOf(failed));
        }
      } catch (JsonParseException | JsonException | IllegalStateException malformed) {
        throw MissingAnswers.unreadable(named, changes);
      } catch (IOException broken) {
        throw MissingAnswers.of(named, broken, changes);
      }
    }
  }

  /** Slack's {@code detail}, from the SDK's parsed error or, failing that, from the body itself. */
  static String detailOf(SCIM2ApiException failed) {
    SCIM2ApiErrorResponse error = failed.getError();
    if (error != null && error.getDetail() != null) {
      return error.getDetail();
    }
    if (error != null && error.getErrors() != null && error.getErrors().getDescription() != null) {
      return error.getErrors().getDescription();
    }
    try {
      JsonObject body = JSON.createReader(new StringReader(String.valueOf(failed.getResponseBody()))).readObject();
      return body.getString("detail", null);
    } catch (JsonException | ClassCastException notJson) {
      return null;
    }
  }
}
