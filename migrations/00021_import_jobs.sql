-- Import jobs in the database rather than in one process's memory, so that
-- every instance on one database shows an import's progress, and what an
-- instance that died mid-import made can be undone by another: made (JSON of
-- models.ImportMade) is written in each of the import's transactions, with
-- what it describes; heartbeat_at is renewed while it runs, and a running job
-- whose heartbeat is stale is undone and marked failed. A job's row is
-- removed once its outcome has been shown.

-- +goose Up
CREATE TABLE import_jobs (
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
CREATE INDEX import_jobs_running ON import_jobs (state, heartbeat_at);

-- +goose Down
DROP TABLE import_jobs;
