-- The State Council's holidays of a year (国务院办公厅关于某年部分节假日安排的通知), published by the centre for the
-- whole nation once the notice is out: the days as listed (off, or worked on a weekend), in the windows' own
-- format. Windows pull them like every other publication and count provisional deadlines again (期限重算).
CREATE TABLE national_calendar (
    year         INTEGER PRIMARY KEY,
    body         TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tx           XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          BIGINT NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX national_calendar_feed ON national_calendar (tx, seq);
