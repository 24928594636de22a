package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.audit.entity.AuditEntry;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a connection's audit trail: who did what with it, to whom, with which outcome. */
public record AuditEntryJson(
    long id,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant occurredAt,
    String consoleUser,
    String connectionNickname,
    String action,
    String target,
    String outcome,
    String slackError,
    Long durationMs) {

  public static AuditEntryJson of(AuditEntry e) {
    return new AuditEntryJson(e.getId(), e.getOccurredAt(), e.getConsoleUsername(), e.getConnectionNickname(),
        e.getAction(), e.getTarget(), e.getOutcome(), e.getSlackError(), e.getDurationMs());
  }
}
