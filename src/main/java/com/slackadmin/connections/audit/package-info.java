/**
 * The audit trail: every use and lifecycle event of a connection, whoever did it and whatever the outcome.
 *
 * <p>Other features fire an {@code AuditEvent}; {@code AuditTrail} records it in its own transaction, so
 * failed uses are kept too, and reads a connection's trail back, newest first, a page at a time. Entries copy
 * names rather than reference rows, so they outlive a deleted connection. The console shows a trail with the
 * {@code auditTrail} tag; the JSON API at {@code /api/connections/{id}/audit}. Who may read a trail is the
 * connection's visibility rule, checked by the caller before asking.
 *
 * <p>Out of scope: events about console accounts or API tokens, which are not uses of a connection.
 */
package com.slackadmin.connections.audit;
