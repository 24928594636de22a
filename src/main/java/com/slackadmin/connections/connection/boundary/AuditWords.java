package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail's actions and outcomes in words for its pages ({@code auditWords} in the views); the JSON API
 * and the stored entries keep the codes. Refusals are said as the console says them everywhere
 * ({@link UseRefusal.Reason#words()}); an action card's name is its title ({@code cardCatalogue}).
 */
@Named("auditWords")
@ApplicationScoped
public class AuditWords {

  private static final Map<String, String> ACTIONS = Map.ofEntries(
      Map.entry("created", "Created"),
      Map.entry("reauthorized", "Reauthorized"),
      Map.entry("renamed", "Renamed"),
      Map.entry("deleted", "Deleted"),
      Map.entry(AuditEvent.STATUS_CHANGED, "Status changed"),
      Map.entry("shared", "Shared"),
      Map.entry("unshared", "Unshared"),
      Map.entry("transferred", "Transferred"),
      Map.entry("tested", "Tested"),
      Map.entry(AuditEvent.HEALTH_CHECK, "Health check"),
      Map.entry("bulk-run-started", "Bulk run started"),
      Map.entry("bulk-run-paused", "Bulk run paused"),
      Map.entry("bulk-run-resumed", "Bulk run resumed"),
      Map.entry("bulk-run-finished", "Bulk run finished"),
      Map.entry("bulk-run-cancelled", "Bulk run cancelled"));

  private static final Map<String, String> OUTCOMES = outcomes();

  private static Map<String, String> outcomes() {
    Map<String, String> words = new HashMap<>();
    words.put(AuditEvent.OK, "OK");
    words.put("token_not_revoked", "Slack's token could not be revoked");
    // a status change records the new status as its outcome
    Arrays.stream(ConnectionStatus.values())
        .forEach(status -> words.put(status.name().toLowerCase(Locale.ROOT), status.getLabel()));
    Arrays.stream(UseRefusal.Reason.values()).forEach(reason -> words.put(reason.code(), reason.words()));
    return Map.copyOf(words);
  }

  public Map<String, String> getActions() {
    return ACTIONS;
  }

  public Map<String, String> getOutcomes() {
    return OUTCOMES;
  }
}
