-- Decision record 0033: after acceptance. One row per opened case: the department deciding it and where it stands
-- there, when the result was ready and whether it reached the applicant, the mailing of the result, and the
-- fee. Written with case_row in the same transaction, from the same fold; rebuilt from the log like it.
CREATE TABLE case_after (
    case_id          TEXT PRIMARY KEY,
    department_code  TEXT NOT NULL,
    department_name  TEXT NOT NULL,
    stage            TEXT NOT NULL,
    sent_on          TEXT,
    ready_on         TEXT,
    handed_over      INTEGER NOT NULL,
    by_mail          INTEGER NOT NULL,
    mail_state       TEXT NOT NULL,
    waybill_number   TEXT NOT NULL,
    fee_due          TEXT NOT NULL,
    fee_state        TEXT NOT NULL,
    fee_amount       TEXT NOT NULL,
    fee_receipt      TEXT NOT NULL,
    fee_on           TEXT
) WITHOUT ROWID;
CREATE INDEX case_after_by_department ON case_after (department_code, stage);
CREATE INDEX case_after_waiting ON case_after (ready_on) WHERE handed_over = 0;
CREATE INDEX case_after_fees_by_day ON case_after (fee_on);
INSERT INTO projection_rebuild (reason) VALUES ('0040 受理后：分送审批、出证领取、邮寄与收费');
