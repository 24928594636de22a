-- The Connections page reads a page's ids off an index in the page's own order (ConnectionSort), so that no page
-- sorts the whole view: each order below is an index column for column, and the database only skips entries up
-- to the page. By nickname, the unique (owner_id, nickname_key) serves Mine, a nickname being unique per owner.
-- The V5 indexes kept last use ascending, the opposite of the page's order, and lacked the id that ends it.
DROP INDEX slack_connection_owner_last_used_ix;
CREATE INDEX slack_connection_owner_last_used_ix
    ON slack_connection (owner_id, last_used_at DESC NULLS LAST, nickname_key);

DROP INDEX slack_connection_nickname_ix;
CREATE INDEX slack_connection_nickname_ix ON slack_connection (nickname_key, id);

DROP INDEX slack_connection_last_used_ix;
CREATE INDEX slack_connection_last_used_ix ON slack_connection (last_used_at DESC NULLS LAST, nickname_key, id);
