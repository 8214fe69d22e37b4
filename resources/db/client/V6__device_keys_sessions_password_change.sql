-- Issue 9 (decision records 0020, 0021).

-- The public keys of the devices whose events this window pulls, as the centre publishes them: a pulled event that
-- carries a signature must be one of its device's keys'.
CREATE TABLE device_key (
    device_id  TEXT NOT NULL,
    key_id     TEXT NOT NULL,
    public_key TEXT NOT NULL,
    PRIMARY KEY (device_id, key_id)
) WITHOUT ROWID;

-- A password an administrator set is changed by its owner at the first sign-in.
ALTER TABLE user_account ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

-- Whether the store was closed cleanly: written into the main file (not only the -wal) when the store opens, so a
-- copy of the file without its -wal, or a lost -wal after a crash, is noticed instead of silently missing commits.
CREATE TABLE store_session (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    state      TEXT NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    changed_at TEXT NOT NULL
);

-- A window restored from a backup must go on as a new device before it records anything (its lost days may have used
-- numbers the backup does not know); the device it was is kept as its predecessor.
ALTER TABLE device ADD COLUMN restored_at TEXT;
ALTER TABLE device ADD COLUMN predecessor_id TEXT NOT NULL DEFAULT '';
ALTER TABLE device ADD COLUMN key_confirmed INTEGER NOT NULL DEFAULT 0;
