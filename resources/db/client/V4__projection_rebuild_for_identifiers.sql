-- A migration that needs the projection written again from the log (it cannot be done in SQL: the
-- fold and the value types are Java) leaves a row here; the store rebuilds case_row when it opens and
-- empties this table in the same transaction.
CREATE TABLE projection_rebuild (
    reason TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Decision 0018: case_row.id_number holds the number's standard form (an old 15-digit resident number
-- as its 18-digit form), id_masked the one mask of its value type (credit codes in full, passports with
-- their last three). Rows written before follow other rules.
INSERT INTO projection_rebuild (reason) VALUES ('0018 证件号码的规范格式与脱敏');
