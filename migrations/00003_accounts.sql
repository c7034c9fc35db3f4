-- Accounts, sessions, sharing, published versions and history (ARCHITECTURE.md §5).

-- +goose Up
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (email <> ''),
    name          TEXT    NOT NULL CHECK (name <> ''),
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    created_at    DATETIME NOT NULL,
    updated_at    DATETIME NOT NULL,
    deleted_at    DATETIME
);

-- Sessions of github.com/alexedwards/scs/sqlite3store, in factline's own database.
CREATE TABLE sessions (
    token  TEXT PRIMARY KEY,
    data   BLOB NOT NULL,
    expiry REAL NOT NULL
);
CREATE INDEX sessions_expiry_idx ON sessions (expiry);

-- Named collaborators of a private timeline.
CREATE TABLE timeline_collaborators (
    timeline_id INTEGER NOT NULL REFERENCES timelines (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission  TEXT    NOT NULL CHECK (permission IN ('viewer', 'editor')),
    PRIMARY KEY (timeline_id, user_id)
);

-- Unlisted share links: only the token's SHA-256 is kept.
CREATE TABLE share_links (
    id          INTEGER PRIMARY KEY,
    timeline_id INTEGER NOT NULL REFERENCES timelines (id) ON DELETE CASCADE,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_by  INTEGER REFERENCES users (id),
    created_at  DATETIME NOT NULL,
    revoked_at  DATETIME
);
CREATE INDEX share_links_timeline ON share_links (timeline_id);

-- A published version freezes what the timeline page showed, as JSON.
CREATE TABLE versions (
    id           INTEGER PRIMARY KEY,
    timeline_id  INTEGER NOT NULL REFERENCES timelines (id),
    number       INTEGER NOT NULL,
    message      TEXT    NOT NULL DEFAULT '',
    published_by INTEGER REFERENCES users (id),
    published_at DATETIME NOT NULL,
    snapshot     TEXT    NOT NULL,
    UNIQUE (timeline_id, number)
);

-- Every create, update, delete and restore of every entity, with the row before
-- and after as JSON.
CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    entity     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL,
    user_id    INTEGER REFERENCES users (id),
    action     TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    before     TEXT,
    after      TEXT,
    created_at DATETIME NOT NULL
);
CREATE INDEX revisions_entity ON revisions (entity, entity_id, id);

-- Row versions, so that a stale save is refused instead of overwriting.
ALTER TABLE actors ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE timelines ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- +goose Down
ALTER TABLE timelines DROP COLUMN version;
ALTER TABLE events DROP COLUMN version;
ALTER TABLE claims DROP COLUMN version;
ALTER TABLE sources DROP COLUMN version;
ALTER TABLE actors DROP COLUMN version;
DROP TABLE revisions;
DROP TABLE versions;
DROP TABLE share_links;
DROP TABLE timeline_collaborators;
DROP TABLE sessions;
DROP TABLE users;
