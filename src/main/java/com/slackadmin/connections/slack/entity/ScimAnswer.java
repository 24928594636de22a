package com.slackadmin.connections.slack.entity;

import jakarta.json.JsonValue;

/** A successful SCIM answer as Slack sent it: the status and the JSON body ({@code NULL} for 204). */
public record ScimAnswer(int status, JsonValue body) {}
