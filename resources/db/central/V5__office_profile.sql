-- The offices the windows' papers speak for (机关信息), published by the administrator: each hall (kind 'hall', code
-- the hall's code) and each deciding authority (kind 'authority', code the catalog's code of the authority, e.g. SPJ).
-- The body is the profile as the windows read it, seal image included. A window pulls its own hall's profile and
-- every authority's; publishing a profile again replaces it.
CREATE TABLE office_profile (
    kind         TEXT NOT NULL CHECK (kind IN ('hall', 'authority')),
    code         TEXT NOT NULL,
    body         TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tx           XID8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          BIGINT NOT NULL DEFAULT nextval('change_seq'),
    PRIMARY KEY (kind, code)
);
CREATE INDEX office_profile_feed ON office_profile (tx, seq);

-- The windows' document-signing public keys (keys/document-signing-ed25519.pub of each window), trusted by the
-- centre's verification page (GET /v/{code}): a paper's QR code opens it and the page says whether the signed code is
-- genuine. The key id is the first 8 characters of the base64url SHA-256 of the key, as the windows name it.
CREATE TABLE document_key (
    key_id       TEXT PRIMARY KEY,
    public_key   BYTEA NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    added_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
