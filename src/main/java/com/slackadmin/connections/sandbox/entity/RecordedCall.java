package com.slackadmin.connections.sandbox.entity;

import java.time.Instant;

/**
 * One call that reached the sandbox's Web API or SCIM: {@code api} is {@code "web"} or {@code "scim"},
 * {@code name} the Web API method or the SCIM path. Tests use these to prove that nothing reached SCIM.
 */
public record RecordedCall(String api, String httpMethod, String name, String userId, Instant at, int status) {}
