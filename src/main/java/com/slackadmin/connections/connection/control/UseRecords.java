package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.audit.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * What a use leaves behind, in one transaction and one commit: its audit record, its last use with who made it
 * and how it ended, and the time of its check when the check changed nothing (a changed status is stored before
 * the use goes on).
 */
@ApplicationScoped
public class UseRecords {

  @Inject
  AuditTrail trail;

  @Inject
  ConnectionStore store;

  /**
   * @param checkedAt when the check that found the connection unchanged ran; null when it was stored already, or
   *     the use was refused before Slack confirmed the account
   */
  @Transactional
  public void used(AuditEvent used, Instant usedAt, Instant checkedAt) {
    trail.append(used);
    store.markUsed(used.connectionId(), usedAt, used.consoleUsername(), used.outcome(), checkedAt);
  }

  /**
   * What the system's own check (the health sweep) leaves: its record, and the time of a check that changed
   * nothing; not a last use, which says when people or scripts last used the connection.
   */
  @Transactional
  public void checked(AuditEvent checked, Instant checkedAt) {
    trail.append(checked);
    if (checkedAt != null) {
      store.markVerified(checked.connectionId(), checkedAt);
    }
  }
}
