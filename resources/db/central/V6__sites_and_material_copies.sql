-- Help-and-proxy sites and electronic copies of materials (decision record 0027).

-- A device may serve a site of its hall (村/社区代办点, 镇街便民服务中心): named on its enrolment code, kept on the
-- device, and on the cases its first event registered, so that a site's laptops pull the site's cases, not the hall's.
ALTER TABLE enrollment_code ADD COLUMN site TEXT NOT NULL DEFAULT '';
ALTER TABLE device ADD COLUMN site TEXT NOT NULL DEFAULT '';
ALTER TABLE case_registry ADD COLUMN site TEXT NOT NULL DEFAULT '';
CREATE INDEX case_registry_by_site ON case_registry (site) WHERE site <> '';

-- A hall's site list as the administrator published it (replaced whole on each publication), in the pull feed.
CREATE TABLE site_list (
    hall         TEXT PRIMARY KEY,
    body         TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tx           XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          BIGINT NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX site_list_feed ON site_list (tx, seq);

-- An electronic copy, stored once per hash however many cases name it. Uploads arrive in pieces committed as they
-- come, so a cut link keeps what arrived (received); the copy is complete once its bytes hash to its name.
CREATE TABLE blob (
    sha256       TEXT PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size         BIGINT NOT NULL CHECK (size > 0),
    media_type   TEXT NOT NULL,
    received     BIGINT NOT NULL DEFAULT 0,
    complete     BOOLEAN NOT NULL DEFAULT false,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at TIMESTAMPTZ
);
CREATE TABLE blob_piece (
    sha256    TEXT NOT NULL REFERENCES blob (sha256),
    at_offset BIGINT NOT NULL,
    data      BYTEA NOT NULL,
    PRIMARY KEY (sha256, at_offset)
);

-- Which case names which copy, and the device that recorded it: read from the ATTACHMENT_ADDED events as they are
-- stored, in the same transaction. A device may upload only a copy one of its own stored events names, with that
-- event's size and type; a device sees a copy of a case it may pull.
CREATE TABLE case_blob (
    sha256     TEXT NOT NULL,
    case_id    UUID NOT NULL,
    device_id  TEXT NOT NULL,
    size       BIGINT NOT NULL,
    media_type TEXT NOT NULL,
    PRIMARY KEY (sha256, case_id, device_id)
);
CREATE INDEX case_blob_by_case ON case_blob (case_id);

CREATE FUNCTION case_blob_from_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    payload JSONB := (NEW.body::jsonb) -> 'payload';
BEGIN
    INSERT INTO case_blob (sha256, case_id, device_id, size, media_type)
    VALUES (payload ->> 'sha256', NEW.case_id, NEW.device_id, (payload ->> 'size')::bigint, payload ->> 'mediaType')
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_event_names_a_copy AFTER INSERT ON case_event
    FOR EACH ROW WHEN (NEW.event_type = 'ATTACHMENT_ADDED') EXECUTE FUNCTION case_blob_from_event();
