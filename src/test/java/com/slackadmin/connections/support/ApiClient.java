package com.slackadmin.connections.support;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A script calling the JSON API: plain HTTP, no cookies, an optional bearer token. (Gson comes with the
 * Slack SDK the application bundles.)
 */
public final class ApiClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  public ApiClient(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, String jsonBody) {
    HttpRequest.BodyPublisher body = jsonBody == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
    return send(request(path).header("Content-Type", "application/json").POST(body));
  }

  /** Any method, content type and body, as an odd script might send them. */
  public Response send(String method, String path, String contentType, String body) {
    HttpRequest.BodyPublisher publisher =
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    HttpRequest.Builder request = request(path).method(method, publisher);
    return send(contentType == null ? request : request.header("Content-Type", contentType));
  }

  /** A body of raw bytes, such as a CSV that is not valid UTF-8. */
  public Response send(String method, String path, String contentType, byte[] body) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", contentType));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer of the API. */
  public record Response(HttpResponse<String> raw) {

    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonElement json() {
      return JsonParser.parseString(raw.body());
    }

    public JsonObject object() {
      return json().getAsJsonObject();
    }

    /** The stable code of a JSON error answer. */
    public String errorCode() {
      return object().get("code").getAsString();
    }

    /** The message of a JSON error answer, as a person reads it. */
    public String message() {
      return object().get("message").getAsString();
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }
}
