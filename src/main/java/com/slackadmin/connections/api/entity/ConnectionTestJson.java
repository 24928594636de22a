package com.slackadmin.connections.api.entity;

import java.time.Instant;

/**
 * The outcome of testing a connection against Slack: its status afterwards, and why, when it is not ACTIVE.
 */
public record ConnectionTestJson(long connectionId, String status, String statusReason, Instant verifiedAt) {}
