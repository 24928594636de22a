-- Console-wide settings an ADMIN changes in the console, one row per setting; a setting without a row has its
-- default (see the code that reads it).
CREATE TABLE console_setting (
    name        VARCHAR(64)   PRIMARY KEY,
    setting     VARCHAR(255)  NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- The rows of a finished (or cancelled) bulk run hold the people it concerned (user ids, emails, names): they
-- are deleted once the run has been over for the retention an ADMIN set. The run keeps its counts, so its page
-- and the runs list still say what happened, and when and after how many days its rows were deleted.
ALTER TABLE bulk_run ADD COLUMN done_count INTEGER;
ALTER TABLE bulk_run ADD COLUMN refused_count INTEGER;
ALTER TABLE bulk_run ADD COLUMN failed_count INTEGER;
ALTER TABLE bulk_run ADD COLUMN skipped_count INTEGER;
ALTER TABLE bulk_run ADD COLUMN rows_deleted_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE bulk_run ADD COLUMN rows_kept_days INTEGER;
-- the retention pass looks for runs over before its cut-off
CREATE INDEX bulk_run_finished_ix ON bulk_run (finished_at);
