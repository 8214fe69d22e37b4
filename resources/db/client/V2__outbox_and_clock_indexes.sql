-- The outbox reads this device's unsent events in sequence order and counts them for the status
-- bar. An index of only the unsent events, in sequence order, serves both without touching the
-- (ever growing) synced part of the log; queries repeat its WHERE term so SQLite can use it.
DROP INDEX event_unsent;
CREATE INDEX event_unsent_by_seq ON event (device_seq) WHERE sync_state <> 'SYNCED';

-- On open the clock moves past the latest HLC in the log; without an index that read scans the log.
CREATE INDEX event_by_hlc ON event (hlc);
