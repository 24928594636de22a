-- A notification about a bulk run leads to the run's page: the run it is about (the run may be deleted since).
ALTER TABLE notification_event ADD COLUMN bulk_run_id BIGINT;
