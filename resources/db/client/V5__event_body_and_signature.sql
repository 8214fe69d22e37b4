-- The durable event envelope (decision record 0016). An event is its body: the text written once, whose
-- UTF-8 bytes are hashed, stored and sent as they are; the other columns are read from it for queries.
-- Events written before keep the exact text their hash was taken over (prepared in legacy_body by
-- EnvelopeMigration), so no hash and no chain link changes. signature is empty until devices sign.
DROP TRIGGER event_immutable;
ALTER TABLE event ADD COLUMN body TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN signature TEXT NOT NULL DEFAULT '';
UPDATE event SET body = (SELECT body FROM legacy_body WHERE legacy_body.seq = event.seq);
DROP TABLE legacy_body;
ALTER TABLE event DROP COLUMN payload;

-- Events are immutable: only the sync columns may change, and nothing is ever deleted.
CREATE TRIGGER event_immutable BEFORE UPDATE OF
    event_id, case_id, device_id, device_seq, hlc, actor, recorded_at, type, body, signature, previous_hash, hash
    ON event
BEGIN
    SELECT RAISE(ABORT, 'case events are append-only');
END;

-- Pulled events this build cannot read yet (a newer type or schema from a newer build): kept as received,
-- taken into the log when a build that reads them opens the store.
CREATE TABLE held_event (
    event_id    TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    hash        TEXT NOT NULL,
    signature   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    received_at TEXT NOT NULL
) WITHOUT ROWID;
