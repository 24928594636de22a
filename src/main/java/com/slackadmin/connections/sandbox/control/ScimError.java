package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import jakarta.json.JsonObject;

/** A SCIM refusal: the HTTP status and Slack's {@code detail}, rendered as a SCIM error message. */
public class ScimError extends RuntimeException {

  public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  private final int status;

  public ScimError(int status, String detail) {
    super(detail);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public JsonObject body() {
    return body(status, getMessage());
  }

  public static JsonObject body(int status, String detail) {
    return JSON.createObjectBuilder().add("schemas", JSON.createArrayBuilder().add(SCHEMA))
        .add("detail", detail).add("status", status).build();
  }

  public static ScimError notFound(String what) {
    return new ScimError(404, what + " not found");
  }

  public static ScimError badRequest(String detail) {
    return new ScimError(400, detail);
  }
}
