-- A bulk run is worked on by one node of a cluster at a time: the node holding its lease. The holder renews the
-- lease every few seconds; a lease left to expire (its node died) is taken over by another node, which first
-- settles the rows the dead node left in flight. A run nobody holds (new, resumed, handed back at a clean stop)
-- is taken by the next node that looks.
ALTER TABLE bulk_run ADD COLUMN lease_owner VARCHAR(64);
ALTER TABLE bulk_run ADD COLUMN lease_expires_at TIMESTAMP(6) WITH TIME ZONE;
