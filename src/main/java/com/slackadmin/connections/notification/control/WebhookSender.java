package com.slackadmin.connections.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * POSTs one event to a webhook, signed ({@link WebhookSignature}), and says how it went: any 2xx is delivered;
 * anything else (another status, no answer within 10 seconds, no connection) is a failed attempt. Redirects are
 * not followed: the signature was made for the registered address.
 */
@ApplicationScoped
public class WebhookSender {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(CONNECT_TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  public Attempt send(String url, String secret, long deliveryId, String eventType, String body, long epochSeconds) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url))
          .timeout(ANSWER_TIMEOUT)
          .header("Content-Type", "application/json")
          .header("User-Agent", "slack-admin-connections")
          .header("X-Connections-Event", eventType)
          .header("X-Connections-Delivery", String.valueOf(deliveryId))
          .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(epochSeconds))
          .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, epochSeconds, body))
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    } catch (IllegalArgumentException malformed) {
      return Attempt.failed(null, "The address cannot be called: " + malformed.getMessage());
    }
    try {
      HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = answer.statusCode();
      return status / 100 == 2 ? Attempt.delivered(status)
          : Attempt.failed(status, "The receiver answered HTTP " + status + ".");
    } catch (HttpConnectTimeoutException slow) {
      return Attempt.failed(null, "No connection to the receiver within " + CONNECT_TIMEOUT.toSeconds() + " s.");
    } catch (HttpTimeoutException slow) {
      return Attempt.failed(null, "No answer from the receiver within " + ANSWER_TIMEOUT.toSeconds() + " s.");
    } catch (IOException unreachable) {
      return Attempt.failed(null, "The receiver could not be reached (" + unreachable.getClass().getSimpleName()
          + (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage()) + ").");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Attempt.failed(null, "Interrupted while calling the receiver.");
    }
  }
}
