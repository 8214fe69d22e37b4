-- The durable event envelope (decision record 0016). body is the event's text as the device wrote it,
-- kept byte for byte; hash is SHA-256 of its UTF-8 bytes; signature is the device's signature of the hash
-- (empty until devices sign). The other columns are read from the body when it is stored, for queries.
ALTER TABLE case_event ADD COLUMN hash TEXT, ADD COLUMN signature TEXT NOT NULL DEFAULT '';

-- Rows stored before held the event as the service re-wrote it, its own hash included. The text that hash
-- was taken over is the same with the hash left empty: the mapping wrote "hash" right after "eventId".
UPDATE case_event SET
    hash = substring(body from '"eventId":"[0-9a-f-]{36}","hash":"([0-9a-f]{64})"'),
    body = regexp_replace(body, '("eventId":"[0-9a-f-]{36}","hash":")[0-9a-f]{64}"', '\1"');
ALTER TABLE case_event ALTER COLUMN hash SET NOT NULL;

-- From here on an event is never changed or removed, at the centre as at the windows.
CREATE FUNCTION case_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case events are append-only';
END
$$;
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION case_event_is_append_only();
