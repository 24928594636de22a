-- The Connections page finds a page's ids in the order asked for, then reads those rows. These narrow indexes
-- hold everything that step needs (a secondary index also holds the row id), so it sorts small index entries
-- instead of reading every row of the view with its token ciphertexts. By nickname, the unique
-- (owner_id, nickname_key) serves Mine.
CREATE INDEX slack_connection_owner_last_used_ix ON slack_connection (owner_id, last_used_at, nickname_key);
CREATE INDEX slack_connection_nickname_ix ON slack_connection (nickname_key);
CREATE INDEX slack_connection_last_used_ix ON slack_connection (last_used_at, nickname_key);
