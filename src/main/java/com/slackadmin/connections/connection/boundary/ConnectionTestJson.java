package com.slackadmin.connections.connection.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of testing a connection against Slack: its status afterwards, and why, when it is not ACTIVE.
 */
public record ConnectionTestJson(
    long connectionId,
    String status,
    String statusReason,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant verifiedAt) {}
