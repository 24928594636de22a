package com.slackadmin.connections.notification;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A workflow engine's end of a webhook, on this machine: records every call and checks its signature as the
 * README tells receivers to (HMAC-SHA256 of timestamp, dot, body, computed here, not by the product's code).
 * Answers {@code status} to every call.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One call as it arrived. */
  record Call(String timestamp, String signature, String event, String delivery, String body) {

    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    boolean signedWith(String secret) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of()
            .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(signature);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final HttpServer server;
  final List<Call> calls = new CopyOnWriteArrayList<>();

  WebhookReceiver(int status) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      var headers = exchange.getRequestHeaders();
      calls.add(new Call(headers.getFirst("X-Connections-Timestamp"), headers.getFirst("X-Connections-Signature"),
          headers.getFirst("X-Connections-Event"), headers.getFirst("X-Connections-Delivery"), body));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
