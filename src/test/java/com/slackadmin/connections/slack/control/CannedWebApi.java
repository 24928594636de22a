package com.slackadmin.connections.slack.control;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A stand-in for one Slack Web API method: it answers with the queued answers in order (HTTP 500 once none is
 * left) and keeps every request, and a {@link SlackGateway} on the SDK as the application configures it points
 * at it.
 */
final class CannedWebApi implements AutoCloseable {

  record Answer(int status, String retryAfter, String body) {}

  record Asked(String method, String authorization, String contentType, String body) {

    /** The request's form, decoded. */
    Map<String, String> form() {
      return Arrays.stream(body.isEmpty() ? new String[0] : body.split("&")).map(p -> p.split("=", 2))
          .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
              p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }
  }

  final Deque<Answer> answers = new ArrayDeque<>();
  final List<Asked> asked = new ArrayList<>();
  private final HttpServer server;
  private final StandaloneGateway standalone;

  private CannedWebApi(String method) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/" + method, exchange -> {
      asked.add(new Asked(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      Answer answer = answers.isEmpty() ? new Answer(500, null, "{}") : answers.removeFirst();
      if (answer.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    standalone = StandaloneGateway.at("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
  }

  /** @param method such as {@code users.info} */
  static CannedWebApi answering(String method) {
    try {
      return new CannedWebApi(method);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SlackGateway gateway() {
    return standalone.gateway();
  }

  @Override
  public void close() {
    standalone.close();
    server.stop(0);
  }
}
