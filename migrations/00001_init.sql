-- The core schema: actors and their roles, sources, claims, events, citations,
-- relations, tags, timelines and their entries.
--
-- Every date is stored three times: the EDTF text as typed and canonicalised
-- (models/edtf), and its earliest and latest known day (YYYY-MM-DD). A date open at
-- one end takes the other end's day, so "by 10 Sep 2022" sorts and filters by its end.
-- Deletes are soft: deleted_at is set and the row leaves lists and search.

-- +goose Up
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('person', 'organisation')),
    name        TEXT    NOT NULL CHECK (name <> ''),
    aliases     TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT '',
    wikidata_id TEXT    NOT NULL DEFAULT '',
    created_at  DATETIME NOT NULL,
    updated_at  DATETIME NOT NULL,
    deleted_at  DATETIME
);
CREATE INDEX actors_name ON actors (name COLLATE NOCASE);

CREATE TABLE roles (
    id              INTEGER PRIMARY KEY,
    actor_id        INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    title           TEXT    NOT NULL CHECK (title <> ''),
    organisation_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    period          TEXT    NOT NULL DEFAULT '',
    period_earliest TEXT,
    period_latest   TEXT,
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL
);
CREATE INDEX roles_actor ON roles (actor_id, period_earliest);

CREATE TABLE sources (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT    NOT NULL CHECK (kind IN ('article', 'report', 'statement', 'transcript', 'video', 'social post', 'document')),
    url                TEXT    NOT NULL DEFAULT '',
    title              TEXT    NOT NULL CHECK (title <> ''),
    publisher          TEXT    NOT NULL DEFAULT '',
    author             TEXT    NOT NULL DEFAULT '',
    published          TEXT    NOT NULL DEFAULT '',
    published_earliest TEXT,
    published_latest   TEXT,
    accessed           TEXT    NOT NULL DEFAULT '',
    archive_url        TEXT    NOT NULL DEFAULT '',
    text               TEXT    NOT NULL DEFAULT '',
    text_hash          TEXT    NOT NULL DEFAULT '',
    notes              TEXT    NOT NULL DEFAULT '',
    created_at         DATETIME NOT NULL,
    updated_at         DATETIME NOT NULL,
    deleted_at         DATETIME
);
CREATE INDEX sources_url ON sources (url) WHERE url <> '';
CREATE INDEX sources_published ON sources (published_earliest);

CREATE TABLE claims (
    id               INTEGER PRIMARY KEY,
    text             TEXT    NOT NULL CHECK (text <> ''),
    verbatim         INTEGER NOT NULL DEFAULT 0,
    speaker_id       INTEGER REFERENCES actors (id),
    said_on          TEXT    NOT NULL DEFAULT '',
    said_on_earliest TEXT,
    said_on_latest   TEXT,
    rating           TEXT    NOT NULL DEFAULT 'unrated'
        CHECK (rating IN ('unrated', 'accurate', 'mostly accurate', 'mixed', 'misleading', 'inaccurate', 'unsupported')),
    rationale        TEXT    NOT NULL DEFAULT '',
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL,
    deleted_at       DATETIME
);
CREATE INDEX claims_speaker ON claims (speaker_id);
CREATE INDEX claims_said_on ON claims (said_on_earliest, said_on_latest);

CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    title             TEXT    NOT NULL CHECK (title <> ''),
    description       TEXT    NOT NULL DEFAULT '',
    occurred          TEXT    NOT NULL DEFAULT '',
    occurred_earliest TEXT,
    occurred_latest   TEXT,
    place             TEXT    NOT NULL DEFAULT '',
    created_at        DATETIME NOT NULL,
    updated_at        DATETIME NOT NULL,
    deleted_at        DATETIME
);
CREATE INDEX events_occurred ON events (occurred_earliest, occurred_latest);

CREATE TABLE event_participants (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors (id),
    role_word TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_participants_actor ON event_participants (actor_id);

-- A citation anchors a claim or an event in a source, after the W3C Web Annotation
-- TextQuoteSelector (quote, prefix, suffix) and TextPositionSelector (offsets in
-- Unicode code points into the source's text).
CREATE TABLE citations (
    id           INTEGER PRIMARY KEY,
    claim_id     INTEGER REFERENCES claims (id) ON DELETE CASCADE,
    event_id     INTEGER REFERENCES events (id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    quote        TEXT    NOT NULL DEFAULT '',
    prefix       TEXT    NOT NULL DEFAULT '',
    suffix       TEXT    NOT NULL DEFAULT '',
    start_offset INTEGER,
    end_offset   INTEGER,
    locator      TEXT    NOT NULL DEFAULT '',
    note         TEXT    NOT NULL DEFAULT '',
    created_at   DATETIME NOT NULL,
    updated_at   DATETIME NOT NULL,
    CHECK ((claim_id IS NULL) <> (event_id IS NULL))
);
CREATE INDEX citations_claim ON citations (claim_id);
CREATE INDEX citations_event ON citations (event_id);
CREATE INDEX citations_source ON citations (source_id);

-- Relations and tags point at a claim or an event: item_kind says which.
CREATE TABLE relations (
    id         INTEGER PRIMARY KEY,
    from_kind  TEXT    NOT NULL CHECK (from_kind IN ('claim', 'event')),
    from_id    INTEGER NOT NULL,
    to_kind    TEXT    NOT NULL CHECK (to_kind IN ('claim', 'event')),
    to_id      INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('responds to', 'supports', 'contradicts', 'repeats', 'refers to')),
    created_at DATETIME NOT NULL,
    UNIQUE (from_kind, from_id, to_kind, to_id, kind),
    CHECK (NOT (from_kind = to_kind AND from_id = to_id))
);
CREATE INDEX relations_to ON relations (to_kind, to_id);

CREATE TABLE tags (
    item_kind TEXT    NOT NULL CHECK (item_kind IN ('claim', 'event')),
    item_id   INTEGER NOT NULL,
    name      TEXT    NOT NULL CHECK (name <> ''),
    PRIMARY KEY (item_kind, item_id, name)
);
CREATE INDEX tags_name ON tags (name);

CREATE TABLE timelines (
    id         INTEGER PRIMARY KEY,
    slug       TEXT    NOT NULL UNIQUE CHECK (slug <> ''),
    title      TEXT    NOT NULL CHECK (title <> ''),
    summary    TEXT    NOT NULL DEFAULT '',
    visibility TEXT    NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'team', 'unlisted', 'public')),
    owner_id   INTEGER,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    deleted_at DATETIME
);

CREATE TABLE timeline_entries (
    id          INTEGER PRIMARY KEY,
    timeline_id INTEGER NOT NULL REFERENCES timelines (id) ON DELETE CASCADE,
    item_kind   TEXT    NOT NULL CHECK (item_kind IN ('claim', 'event')),
    item_id     INTEGER NOT NULL,
    lane        TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '',
    created_at  DATETIME NOT NULL,
    UNIQUE (timeline_id, item_kind, item_id)
);
CREATE INDEX timeline_entries_item ON timeline_entries (item_kind, item_id);

-- +goose Down
DROP TABLE timeline_entries;
DROP TABLE timelines;
DROP TABLE tags;
DROP TABLE relations;
DROP TABLE citations;
DROP TABLE event_participants;
DROP TABLE events;
DROP TABLE claims;
DROP TABLE sources;
DROP TABLE roles;
DROP TABLE actors;
