package com.slackadmin.connections.slack.entity;

import java.util.List;
import java.util.Map;

/**
 * A free-form SCIM request (the Custom API Action): a path relative to the SCIM prefix that was already
 * checked to be a SCIM path, query parameters, extra headers and a JSON body (null for none). The token is
 * added by the gateway, never by the caller.
 */
public record ScimRequest(String method, String path, Map<String, String> query,
    List<Map.Entry<String, String>> headers,
    String body) {}
