package com.slackadmin.connections.slack.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slack.api.scim2.SCIM2ApiException;
import com.slackadmin.connections.slack.entity.ScimAnswer;
import com.slackadmin.connections.slack.entity.ScimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Free-form SCIM requests on the SDK's own HTTP client (same timeouts, same connection pool) for what
 * {@code SCIM2Client} has no typed call for. The path must already be a checked SCIM path; the token is
 * set last, so no header given by a person can replace it.
 */
@ApplicationScoped
class ScimHttp {

  private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");

  @Inject
  SlackClients clients;

  @Inject
  SlackSettings settings;

  ScimAnswer send(String token, ScimRequest request) throws IOException, SCIM2ApiException {
    HttpUrl base = HttpUrl.get(settings.scimUrl());
    HttpUrl.Builder url = base.newBuilder().addEncodedPathSegments(request.path().substring(1));
    for (Map.Entry<String, String> parameter : request.query().entrySet()) {
      url.addQueryParameter(parameter.getKey(), parameter.getValue());
    }
    Request.Builder http = new Request.Builder().url(url.build()).header("Accept", "application/json");
    request.headers().forEach(h -> http.header(h.getKey(), h.getValue()));
    RequestBody body = request.body() == null ? null : RequestBody.create(request.body(), JSON_BODY);
    if (body == null && ("POST".equals(request.method()) || "PUT".equals(request.method())
        || "PATCH".equals(request.method()))) {
      body = RequestBody.create("", JSON_BODY);
    }
    http.method(request.method(), body).header("Authorization", "Bearer " + token);
    try (Response response = clients.slack().getHttpClient().getOkHttpClient().newCall(http.build()).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw new SCIM2ApiException(response, text);
      }
      JsonValue json = text.isBlank() ? JsonValue.NULL : JSON.createReader(new StringReader(text)).readValue();
      return new ScimAnswer(response.code(), json);
    }
  }
}
