-- The central store (中心库). Every row a device may pull carries the transaction that wrote it (tx)
-- and a sequence number (seq): a pull reads rows in (tx, seq) order and only from transactions older
-- than every transaction still running, so a row committed late is never skipped by a cursor.

CREATE SEQUENCE change_seq;

-- device_id is the id the device made for itself on first run (it is in every event it writes);
-- device_code is the short code printed in its case numbers, unique across the province.
CREATE TABLE device (
    device_id   TEXT PRIMARY KEY,
    device_code TEXT NOT NULL UNIQUE,
    hall        TEXT NOT NULL,
    region      TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    enrolled_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);

CREATE TABLE enrollment_code (
    code_hash   TEXT PRIMARY KEY,
    hall        TEXT NOT NULL,
    region      TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    used_by     TEXT
);

CREATE TABLE backoffice_system (
    system_id   TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    next_seq    BIGINT NOT NULL DEFAULT 1,
    last_hash   TEXT NOT NULL DEFAULT '',
    revoked_at  TIMESTAMPTZ
);

CREATE TABLE app_user (
    user_id       TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    hall          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled_at   TIMESTAMPTZ,
    tx            XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq           BIGINT NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX app_user_feed ON app_user (hall, tx, seq);

CREATE TABLE case_registry (
    case_id     UUID PRIMARY KEY,
    case_number TEXT UNIQUE,
    hall        TEXT NOT NULL,
    region      TEXT NOT NULL
);

CREATE TABLE case_event (
    event_id    UUID PRIMARY KEY,
    case_id     UUID NOT NULL,
    device_id   TEXT NOT NULL,
    device_seq  BIGINT NOT NULL,
    event_type  TEXT NOT NULL,
    actor       TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    hall        TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tx          XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq         BIGINT NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX case_event_feed ON case_event (tx, seq);
CREATE INDEX case_event_case ON case_event (case_id, hlc);

-- Devices that touched a case outside their own hall (recorded an event, or fetched it by number).
CREATE TABLE case_touch (
    case_id   UUID NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (device_id, case_id)
);

CREATE TABLE catalog_version (
    version      TEXT PRIMARY KEY,
    body         TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tx           XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          BIGINT NOT NULL DEFAULT nextval('change_seq')
);

CREATE TABLE calendar_override (
    region       TEXT PRIMARY KEY,
    body         TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tx           XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          BIGINT NOT NULL DEFAULT nextval('change_seq')
);
