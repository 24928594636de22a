package com.slackadmin.connections.card.control;

import static com.slackadmin.connections.platform.JsonProviders.JSON;

import com.slackadmin.connections.slack.entity.ScimRequest;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Custom API Action may send: only SCIM resources under Slack's SCIM base ({@code /Users},
 * {@code /Users/{id}}, {@code /Groups}, {@code /Groups/{id}}), never an absolute URL or a path that climbs
 * out ({@code ..}), and no header that would replace the connection's token. Which accounts a request
 * changes is the {@link HierarchyRule}'s question.
 */
public final class CustomRequestRule {

  static final Pattern PATH = Pattern.compile("/(Users|Groups)(?:/([A-Za-z0-9_-]{1,64}))?");
  static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z0-9_.]{1,64}");
  private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "cookie", "host", "content-length",
      "transfer-encoding", "connection", "proxy-authorization", "upgrade", "te", "expect");

  private CustomRequestRule() {}

  /** Checks the inputs; problems go into {@code errors} by input name and the answer is then null. */
  public static ScimRequest check(String method, String path, String query, String headers, String body,
      Map<String, String> errors) {
    String verb = method == null ? "" : method.trim().toUpperCase(Locale.ROOT);
    if (!METHODS.contains(verb)) {
      errors.put("method", "Choose GET, POST, PUT, PATCH or DELETE.");
    }
    Matcher resource = path == null ? null : PATH.matcher(path.trim());
    if (resource == null || !resource.matches()) {
      errors.put("path", "Give a SCIM path relative to Slack's SCIM base: /Users, /Users/{id}, /Groups or "
          + "/Groups/{id}. Absolute addresses, '..' and query strings in the path are refused.");
    }
    Map<String, String> parameters = query(query, errors);
    List<Map.Entry<String, String>> headerList = headers(headers, errors);
    JsonValue json = body(verb, body, errors);
    if (!errors.isEmpty()) {
      return null;
    }
    String text = json == null ? null : json.toString();
    return new ScimRequest(verb, path.trim(), parameters, headerList, text);
  }

  private static Map<String, String> query(String query, Map<String, String> errors) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query == null || query.isBlank()) {
      return parameters;
    }
    for (String pair : query.trim().replaceFirst("^\\?", "").split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (!QUERY_NAME.matcher(name).matches()) {
        errors.put("query", "Write the query as name=value pairs joined by '&'; '" + name + "' is no name.");
        return parameters;
      }
      parameters.put(name, equals < 0 ? "" : pair.substring(equals + 1));
    }
    return parameters;
  }

  private static List<Map.Entry<String, String>> headers(String headers, Map<String, String> errors) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    if (headers == null || headers.isBlank()) {
      return list;
    }
    for (String line : headers.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? line.trim() : line.substring(0, colon).trim();
      if (colon < 0 || !HEADER_NAME.matcher(name).matches()) {
        errors.put("headers", "Write one header a line as 'Name: value'.");
        return list;
      }
      if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        errors.put("headers", "The header " + name + " cannot be set: the connection's token is added for you.");
        return list;
      }
      String value = line.substring(colon + 1).trim();
      if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
        errors.put("headers", "The value of " + name + " holds a control character; header values are plain text.");
        return list;
      }
      list.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
    }
    return list;
  }

  private static JsonValue body(String verb, String body, Map<String, String> errors) {
    if (body == null || body.isBlank()) {
      return null;
    }
    if ("GET".equals(verb) || "DELETE".equals(verb)) {
      errors.put("body", "A " + verb + " request has no body.");
      return null;
    }
    try {
      JsonValue json = JSON.createReader(new StringReader(body)).readValue();
      if (json.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.put("body", "The body must be a JSON object.");
        return null;
      }
      return json;
    } catch (JsonException notJson) {
      errors.put("body", "The body is not valid JSON.");
      return null;
    }
  }
}
