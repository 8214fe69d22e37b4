-- Every document a decision produced, printed or not (一窗通 finding 3 of the day at the counter): numbered and
-- rendered once, kept byte for byte with the case, so a print that failed can be printed later as a first print,
-- not a 补打. decision_event_id is the event whose decision the document states (an opening, or a void); a later
-- decision on the same case supersedes the documents of the earlier one.
CREATE TABLE issued_document (
    id                INTEGER PRIMARY KEY,
    case_id           TEXT NOT NULL,
    decision_event_id TEXT NOT NULL REFERENCES event (event_id),
    kind              TEXT NOT NULL,
    document_number   TEXT NOT NULL UNIQUE,
    issued_at         TEXT NOT NULL,
    authenticity_code TEXT NOT NULL,
    sha256            TEXT NOT NULL,
    pdf               BLOB NOT NULL,
    UNIQUE (decision_event_id, kind)
);
CREATE INDEX issued_document_by_case ON issued_document (case_id, id);
CREATE INDEX printed_document_by_number ON printed_document (case_id, document_number);
CREATE TRIGGER issued_document_immutable BEFORE UPDATE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'issued documents are kept as issued');
END;
CREATE TRIGGER issued_document_never_deleted BEFORE DELETE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'issued documents are never deleted');
END;

-- The case list tells 容缺 and 告知承诺 from a plain acceptance, and finds a case by the applicant's phone.
ALTER TABLE case_row ADD COLUMN decision TEXT NOT NULL DEFAULT '';
ALTER TABLE case_row ADD COLUMN phone TEXT NOT NULL DEFAULT '';
CREATE INDEX case_row_by_phone ON case_row (phone) WHERE phone <> '';
INSERT INTO projection_rebuild (reason) VALUES ('V6 办件列表的决定种类与联系电话');

-- A clerk who went on despite a warning (the same applicant and item still open, an ID number seen with another
-- name) gave a reason; it is kept with the case they opened.
CREATE TABLE intake_acknowledgement (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL,
    warning     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    clerk       TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX intake_acknowledgement_by_case ON intake_acknowledgement (case_id, id);
