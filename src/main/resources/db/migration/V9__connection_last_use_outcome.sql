-- How a connection's last use ended (ok, or the refusal's or failure's code), written with its last use, so that
-- "Last used" on the Connections page says it beside the count of uses by outcome.
ALTER TABLE slack_connection ADD COLUMN last_use_outcome VARCHAR(64);

-- Existing connections: the outcome, and the author, of their latest use in the audit trail. A use is any
-- attempt but a lifecycle event or one refused for its own invalid inputs (validation_failed).
UPDATE slack_connection SET
    last_use_outcome = (
        SELECT e.outcome FROM audit_entry e WHERE e.id = (
            SELECT MAX(l.id) FROM audit_entry l WHERE l.connection_id = slack_connection.id
                AND l.outcome <> 'validation_failed'
                AND l.action NOT IN ('created', 'reauthorized', 'renamed', 'deleted', 'status_changed', 'shared',
                                     'unshared', 'transferred', 'bulk-run-started', 'bulk-run-paused',
                                     'bulk-run-resumed', 'bulk-run-finished', 'bulk-run-cancelled'))),
    last_used_by = COALESCE((
        SELECT e.console_username FROM audit_entry e WHERE e.id = (
            SELECT MAX(l.id) FROM audit_entry l WHERE l.connection_id = slack_connection.id
                AND l.outcome <> 'validation_failed'
                AND l.action NOT IN ('created', 'reauthorized', 'renamed', 'deleted', 'status_changed', 'shared',
                                     'unshared', 'transferred', 'bulk-run-started', 'bulk-run-paused',
                                     'bulk-run-resumed', 'bulk-run-finished', 'bulk-run-cancelled'))),
        last_used_by)
WHERE last_used_at IS NOT NULL;

-- The uses per day and outcome of a page of connections read this index alone: connection, time, action and
-- outcome. It replaces V6's index of the first three, which it starts with.
CREATE INDEX audit_entry_connection_outcome_ix ON audit_entry (connection_id, occurred_at, action, outcome);
DROP INDEX audit_entry_connection_use_ix;
