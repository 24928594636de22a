package com.slackadmin.connections.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The sandbox's JSON control API, as tests use it to arrange Slack's side and to see what reached it. */
public final class SandboxControl {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  public SandboxControl(String base) {
    this.base = base + "/sandbox/control";
  }

  public void reset() {
    post("/reset", "{}");
  }

  public void setRole(String email, String role) {
    post("/role", "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
  }

  public void setOrgRole(String email, String orgRole) {
    post("/role", "{\"email\":\"" + email + "\",\"orgRole\":\"" + orgRole + "\"}");
  }

  public void revokeTokensOf(String email) {
    post("/revoke", "{\"email\":\"" + email + "\"}");
  }

  public void settings(String json) {
    post("/settings", json);
  }

  public void clearCalls() {
    post("/calls/clear", "{}");
  }

  /** The recorded calls, each as its JSON object. */
  public List<JsonObject> calls() {
    JsonArray calls = get("/calls").getAsJsonArray("calls");
    List<JsonObject> all = new ArrayList<>();
    for (JsonElement call : calls) {
      all.add(call.getAsJsonObject());
    }
    return all;
  }

  /** Calls of one Web API method (such as {@code auth.revoke}) since the last clear. */
  public long countCalls(String method) {
    return calls().stream().filter(c -> c.toString().contains("\"" + method + "\"")).count();
  }

  public JsonObject post(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public JsonObject get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  private JsonObject send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
      if (response.statusCode() != 200 || !body.get("ok").getAsBoolean()) {
        throw new AssertionError(
            "sandbox control " + request.uri() + " answered " + response.statusCode() + " " + body);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
