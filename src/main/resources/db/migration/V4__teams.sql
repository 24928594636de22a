-- Teammates: each person may pick a console theme; null follows CONSOLE_THEME.
ALTER TABLE console_user ADD COLUMN theme VARCHAR(40);

-- "Shared with me" looks shares up by teammate.
CREATE INDEX connection_share_user_ix ON connection_share (user_id);

-- Uses per connection in the last 30 days, and the last use, for the Connections page.
CREATE INDEX audit_entry_connection_action_ix ON audit_entry (connection_id, action, id);
