package com.slackadmin.connections.sandbox.control;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, looked up once. Each static {@code jakarta.json.Json.create...} call looks the provider up
 * again with a class-path scan; under load those scans, not the JSON, took most of a request's time.
 */
public final class JsonProviders {

  /** Thread-safe: use it wherever {@code Json.create...} would be used. */
  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonProviders() {}
}
