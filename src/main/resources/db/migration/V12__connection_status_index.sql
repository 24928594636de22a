-- The Connections page's summary counts the connections of a view that need attention: few among many, so
-- read off an index of status (and owner, for the Mine view) instead of every row of the view.
CREATE INDEX slack_connection_status_ix ON slack_connection (status, owner_id);
