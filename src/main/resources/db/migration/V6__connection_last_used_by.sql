-- Who made a connection's last use is kept on the connection, written with its last use, so that the
-- Connections page reads it with the row instead of searching each connection's audit trail for it.
ALTER TABLE slack_connection ADD COLUMN last_used_by VARCHAR(64);
UPDATE slack_connection SET last_used_by = (
    SELECT e.console_username FROM audit_entry e WHERE e.id = (
        SELECT MAX(l.id) FROM audit_entry l WHERE l.connection_id = slack_connection.id
            AND l.action NOT IN ('created', 'reauthorized', 'renamed', 'deleted', 'status_changed', 'shared',
                                 'unshared', 'transferred')))
WHERE last_used_at IS NOT NULL;
-- The page's count of recent uses reads only this index: connection, time and action.
CREATE INDEX audit_entry_connection_use_ix ON audit_entry (connection_id, occurred_at, action);
DROP INDEX audit_entry_connection_ix;
