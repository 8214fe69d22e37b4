-- The centre trusts no device (issue 9, decision record 0020).

-- Each device's hash chain as the centre received it: every event whose hash is that of its body and that continues
-- the chain, whether stored or refused for what it says, so a refused event keeps its place and the next one follows
-- it, and no sequence number can be used twice.
CREATE TABLE device_chain (
    device_id  TEXT NOT NULL,
    device_seq BIGINT NOT NULL,
    hash       TEXT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
);
INSERT INTO device_chain (device_id, device_seq, hash)
SELECT device_id, device_seq, hash FROM case_event ORDER BY tx, seq
ON CONFLICT DO NOTHING;

-- The public keys devices sign their events with (decision record 0016), registered at enrollment, published in the
-- change feed so that windows verify the events they pull.
CREATE TABLE device_key (
    device_id     TEXT NOT NULL,
    key_id        TEXT NOT NULL,
    public_key    TEXT NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    tx            XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq           BIGINT NOT NULL DEFAULT nextval('change_seq'),
    PRIMARY KEY (device_id, key_id)
);
CREATE INDEX device_key_feed ON device_key (tx, seq);

-- A window restored from a backup goes on as a new device; the one it replaces is its predecessor.
ALTER TABLE device ADD COLUMN predecessor_id TEXT;
-- A code an administrator issues for one known device, the only way to enroll a device id the centre already holds.
ALTER TABLE enrollment_code ADD COLUMN device_id TEXT;

-- A back-office credential decides only its departments' items (the system id names its own department until an
-- administrator says otherwise); the centre signs its events with a key of its own per system.
ALTER TABLE backoffice_system ADD COLUMN departments TEXT[];
UPDATE backoffice_system SET departments = ARRAY[system_id];
ALTER TABLE backoffice_system ALTER COLUMN departments SET NOT NULL;
ALTER TABLE backoffice_system ADD COLUMN signing_key TEXT;

-- A password an administrator set is changed by its owner at the first sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT false;
-- The halls a user left: their windows take the account away on the next pull.
CREATE TABLE user_departure (
    user_id TEXT NOT NULL,
    hall    TEXT NOT NULL,
    tx      XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq     BIGINT NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX user_departure_feed ON user_departure (hall, tx, seq);

-- Every lookup of a case by number, for the rate limit (the audit keeps the fetches themselves).
CREATE TABLE case_lookup (
    device_id TEXT NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    found     BOOLEAN NOT NULL
);
CREATE INDEX case_lookup_by_device ON case_lookup (device_id, at);

-- The audit (审计日志): who did what, when, from where; each row holds the hash of the row before, so a changed or
-- removed row shows. Rows are only ever added.
CREATE TABLE audit_log (
    id            BIGSERIAL PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    detail        TEXT NOT NULL,
    source        TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_never_truncated BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Which data directory this database belongs to: administration refuses a database its data directory does not name.
CREATE TABLE central_instance (
    id          INT PRIMARY KEY CHECK (id = 1),
    instance_id TEXT NOT NULL
);
