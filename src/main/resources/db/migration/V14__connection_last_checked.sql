-- "Last verified" is the last check that found a connection usable; a check that found it unusable (its
-- account lost its role, say) is kept apart, as the last check, which the health sweep paces its checks by.
ALTER TABLE slack_connection ADD COLUMN last_checked_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE slack_connection SET last_checked_at = last_verified_at;
-- the sweep looks for the longest unchecked connections now
DROP INDEX slack_connection_verified_ix;
CREATE INDEX slack_connection_checked_ix ON slack_connection (last_checked_at);
