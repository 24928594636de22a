package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.connection.entity.SlackConnection;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A connection as the API shows it. Built field by field from the entity, never serialised from it, so
 * that no token or ciphertext can reach an API answer when the entity grows.
 */
public record ConnectionJson(
    long id,
    String nickname,
    String owner,
    String slackOrganisation,
    String enterpriseId,
    String enterpriseName,
    String teamId,
    String teamName,
    String plan,
    String installLevel,
    SlackAccount authorisedBy,
    List<String> grantedScopes,
    String status,
    String statusReason,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(type = SchemaType.STRING, format = "date-time",
        description = "When the connection was last used (a Test, a card run, a stretch of a bulk run whose own"
            + " inputs were valid), whatever its outcome; null if never") Instant lastUsedAt,
    @Schema(description = "How the last use ended, as the audit trail records it: ok; refused by a rule"
        + " (permission_lost, reauthorization_required, target_outranks_connection); or failed (slack_error,"
        + " rate_limited, slack_unavailable, outcome_unknown, internal_error). Null if never used, or if the last"
        + " use is older than this field", nullable = true) String lastUseOutcome,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant lastVerifiedAt) {

  /** The Slack account the connection acts as. */
  public record SlackAccount(String userId, String userName, String email, String role) {}

  public static ConnectionJson of(SlackConnection c) {
    return new ConnectionJson(c.getId(), c.getNickname(), c.getOwner().getUsername(), c.getSlackOrganisation(),
        c.getEnterpriseId(), c.getEnterpriseName(), c.getTeamId(), c.getTeamName(), c.getPlan(),
        c.getInstallLevel() == null ? null : c.getInstallLevel().name(),
        new SlackAccount(c.getSlackUserId(), c.getSlackUserName(), c.getSlackUserEmail(), c.getSlackUserRole()),
        scopes(c.getGrantedScopes()), c.getStatus().name(), c.getStatusReason(), c.getCreatedAt(),
        c.getLastUsedAt(), c.getLastUseOutcome(), c.getLastVerifiedAt());
  }

  private static List<String> scopes(String granted) {
    return granted == null ? List.of()
        : Arrays.stream(granted.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
