-- Command-line imports are journalled in import_jobs like the web's, so that
-- what a killed `factline import` made is undone by any instance's sweep; the
-- operator's command line acts as no user, so user_id may be NULL. SQLite
-- cannot drop a NOT NULL constraint: the table is rebuilt.

-- +goose Up
CREATE TABLE import_jobs_new (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER  REFERENCES users (id) ON DELETE CASCADE,
    token        TEXT     NOT NULL,
    title        TEXT     NOT NULL DEFAULT '',
    slug         TEXT     NOT NULL DEFAULT '',
    state        TEXT     NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'succeeded', 'failed')),
    done         INTEGER  NOT NULL DEFAULT 0,
    total        INTEGER  NOT NULL DEFAULT 0,
    made         TEXT     NOT NULL DEFAULT '',
    timeline_id  INTEGER,
    problems     TEXT     NOT NULL DEFAULT '',
    heartbeat_at DATETIME NOT NULL,
    created_at   DATETIME NOT NULL,
    finished_at  DATETIME,
    UNIQUE (user_id, token)
);
INSERT INTO import_jobs_new SELECT id, user_id, token, title, slug, state, done, total, made, timeline_id, problems, heartbeat_at, created_at, finished_at FROM import_jobs;
DROP TABLE import_jobs;
ALTER TABLE import_jobs_new RENAME TO import_jobs;
CREATE INDEX import_jobs_running ON import_jobs (state, heartbeat_at);

-- +goose Down
DELETE FROM import_jobs WHERE user_id IS NULL;
CREATE TABLE import_jobs_old (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token        TEXT     NOT NULL,
    title        TEXT     NOT NULL DEFAULT '',
    slug         TEXT     NOT NULL DEFAULT '',
    state        TEXT     NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'succeeded', 'failed')),
    done         INTEGER  NOT NULL DEFAULT 0,
    total        INTEGER  NOT NULL DEFAULT 0,
    made         TEXT     NOT NULL DEFAULT '',
    timeline_id  INTEGER,
    problems     TEXT     NOT NULL DEFAULT '',
    heartbeat_at DATETIME NOT NULL,
    created_at   DATETIME NOT NULL,
    finished_at  DATETIME,
    UNIQUE (user_id, token)
);
INSERT INTO import_jobs_old SELECT id, user_id, token, title, slug, state, done, total, made, timeline_id, problems, heartbeat_at, created_at, finished_at FROM import_jobs;
DROP TABLE import_jobs;
ALTER TABLE import_jobs_old RENAME TO import_jobs;
CREATE INDEX import_jobs_running ON import_jobs (state, heartbeat_at);
