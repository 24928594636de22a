-- Connection health: the sweep re-verifies connections not verified for HEALTH_SWEEP_INTERVAL. A node claims a
-- connection for its check with a lease (a conditional UPDATE), so two nodes never check it in one sweep.
ALTER TABLE slack_connection ADD COLUMN health_lease_until TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE slack_connection ADD COLUMN health_lease_holder VARCHAR(36);
-- the sweep looks for the longest unverified connections
CREATE INDEX slack_connection_verified_ix ON slack_connection (last_verified_at);

-- Each person's email notifications: where to, and whether they want them.
ALTER TABLE console_user ADD COLUMN email VARCHAR(254);
ALTER TABLE console_user ADD COLUMN email_notifications BOOLEAN DEFAULT FALSE NOT NULL;
