/**
 * The audit trail: every use and lifecycle event of a connection, whoever did it and whatever the outcome.
 *
 * <p>Other features fire an {@code AuditEvent}, built with {@code AuditEvent.by(...)} or {@code bySystem(...)};
 * {@code AuditTrail} records it in its own transaction, so failed uses are kept too, and reads a connection's
 * trail back, newest first, a page at a time, and for a page of connections how many entries of each outcome each
 * had per day (which outcomes are uses is the {@code connection} feature's to say). Entries copy names
 * rather than reference rows, so they outlive a deleted connection.
 *
 * <p>Leaves to others: who may read a trail, and the pages and API that show it (the {@code connection}
 * feature, which checks the connection's visibility first); events about console accounts or API tokens,
 * which are not uses of a connection.
 */
package com.slackadmin.connections.audit;
