-- The live page checked (issue 24 item 5): each check of a source's live
-- address, on demand or on the operator's schedule, against what factline
-- kept (the newest capture's page, else the source's text): same, changed
-- (the text differs; the changes are kept to show), moved (it answers from
-- another address) or gone (an HTTP error, or no answer). sources.live_state
-- is the newest check's state, so that lists filter on it and a citation
-- says it without reading the checks. Purging a source takes its checks.

-- +goose Up
CREATE TABLE live_checks (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    capture_id  INTEGER REFERENCES captures (id) ON DELETE CASCADE,
    checked_at  DATETIME NOT NULL,
    checked_by  INTEGER REFERENCES users (id),
    state       TEXT    NOT NULL CHECK (state IN ('same', 'changed', 'moved', 'gone')),
    status      INTEGER NOT NULL DEFAULT 0,
    final_url   TEXT    NOT NULL DEFAULT '',
    problem     TEXT    NOT NULL DEFAULT '',
    text_sha256 TEXT    NOT NULL DEFAULT '',
    changes     TEXT
);
CREATE INDEX live_checks_source ON live_checks (source_id, id);

ALTER TABLE sources ADD COLUMN live_state TEXT NOT NULL DEFAULT '';
CREATE INDEX sources_live_state ON sources (live_state) WHERE live_state <> '';

-- +goose Down
DROP INDEX sources_live_state;
ALTER TABLE sources DROP COLUMN live_state;
DROP TABLE live_checks;
