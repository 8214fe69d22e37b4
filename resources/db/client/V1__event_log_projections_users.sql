-- The client store, first version. The event log is the truth; every other table except the
-- users, device and settings can be rebuilt from it.

CREATE TABLE device (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    device_id    TEXT NOT NULL,
    device_code  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    enrolled_at  TEXT,
    server_url   TEXT NOT NULL DEFAULT '',
    device_token TEXT NOT NULL DEFAULT ''
);

CREATE TABLE counter (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE event (
    seq             INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL UNIQUE,
    case_id         TEXT NOT NULL,
    device_id       TEXT NOT NULL,
    device_seq      INTEGER NOT NULL,
    hlc             TEXT NOT NULL,
    actor           TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    type            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    previous_hash   TEXT NOT NULL,
    hash            TEXT NOT NULL,
    sync_state      TEXT NOT NULL CHECK (sync_state IN ('PENDING', 'SENDING', 'SYNCED', 'FAILED', 'DEAD_LETTER')),
    sync_attempts   INTEGER NOT NULL DEFAULT 0,
    sync_error      TEXT NOT NULL DEFAULT '',
    sync_changed_at TEXT,
    UNIQUE (device_id, device_seq)
);
CREATE INDEX event_by_case ON event (case_id, hlc);
CREATE INDEX event_unsent ON event (sync_state, device_seq) WHERE sync_state <> 'SYNCED';

-- Events are immutable: only the sync columns may change, and nothing is ever deleted.
CREATE TRIGGER event_immutable BEFORE UPDATE OF
    event_id, case_id, device_id, device_seq, hlc, actor, recorded_at, type, payload, previous_hash, hash
    ON event
BEGIN
    SELECT RAISE(ABORT, 'case events are append-only');
END;
CREATE TRIGGER event_never_deleted BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'case events are never deleted');
END;

-- One row per case for lists and search, rebuilt from the log by CaseProjection.
CREATE TABLE case_row (
    id                 INTEGER PRIMARY KEY,
    case_id            TEXT NOT NULL UNIQUE,
    case_number        TEXT NOT NULL,
    status             TEXT NOT NULL,
    applicant_name     TEXT NOT NULL,
    id_number          TEXT NOT NULL,
    id_masked          TEXT NOT NULL,
    item_codes         TEXT NOT NULL,
    item_names         TEXT NOT NULL,
    department_codes   TEXT NOT NULL,
    bundle_code        TEXT NOT NULL,
    received_on        TEXT NOT NULL,
    promised_date      TEXT,
    statutory_deadline TEXT,
    responsible_clerk  TEXT NOT NULL,
    open               INTEGER NOT NULL,
    last_hlc           TEXT NOT NULL
);
CREATE INDEX case_row_by_number ON case_row (case_number);
CREATE INDEX case_row_by_id_number ON case_row (id_number);
CREATE INDEX case_row_by_name ON case_row (applicant_name);
CREATE INDEX case_row_by_received ON case_row (received_on, id);
CREATE INDEX case_row_open_by_promised ON case_row (promised_date) WHERE open = 1;

-- Trigram full-text over what the clerk types into the search box; kept in step by triggers.
CREATE VIRTUAL TABLE case_search USING fts5 (
    applicant_name, id_number, case_number, item_names,
    content = 'case_row', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER case_row_ai AFTER INSERT ON case_row BEGIN
    INSERT INTO case_search (rowid, applicant_name, id_number, case_number, item_names)
    VALUES (new.id, new.applicant_name, new.id_number, new.case_number, new.item_names);
END;
CREATE TRIGGER case_row_ad AFTER DELETE ON case_row BEGIN
    INSERT INTO case_search (case_search, rowid, applicant_name, id_number, case_number, item_names)
    VALUES ('delete', old.id, old.applicant_name, old.id_number, old.case_number, old.item_names);
END;
CREATE TRIGGER case_row_au AFTER UPDATE OF applicant_name, id_number, case_number, item_names ON case_row BEGIN
    INSERT INTO case_search (case_search, rowid, applicant_name, id_number, case_number, item_names)
    VALUES ('delete', old.id, old.applicant_name, old.id_number, old.case_number, old.item_names);
    INSERT INTO case_search (rowid, applicant_name, id_number, case_number, item_names)
    VALUES (new.id, new.applicant_name, new.id_number, new.case_number, new.item_names);
END;

CREATE TABLE user_account (
    user_id         TEXT PRIMARY KEY,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    origin          TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE printed_document (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT NOT NULL,
    event_id        TEXT NOT NULL REFERENCES event (event_id),
    kind            TEXT NOT NULL,
    document_number TEXT NOT NULL,
    reprint         INTEGER NOT NULL,
    printed_at      TEXT NOT NULL,
    sha256          TEXT NOT NULL,
    pdf             BLOB NOT NULL
);
CREATE INDEX printed_document_by_case ON printed_document (case_id, id);
CREATE TRIGGER printed_document_immutable BEFORE UPDATE ON printed_document
BEGIN
    SELECT RAISE(ABORT, 'printed documents are kept as printed');
END;
CREATE TRIGGER printed_document_never_deleted BEFORE DELETE ON printed_document
BEGIN
    SELECT RAISE(ABORT, 'printed documents are never deleted');
END;
