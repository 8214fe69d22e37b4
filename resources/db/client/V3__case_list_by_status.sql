-- The case list filtered by status (e.g. 补齐补正 only) reads each status's newest cases from this
-- index; without it a rare status meant scanning every case.
CREATE INDEX case_row_by_status ON case_row (status, received_on, id);
