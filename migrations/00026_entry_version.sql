-- A timeline entry's row version, as claims, events, actors, sources and
-- timelines have: a change of its lane and note made from a stale form or API
-- read is refused (409) instead of silently replacing someone else's.

-- +goose Up
ALTER TABLE timeline_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- +goose Down
ALTER TABLE timeline_entries DROP COLUMN version;
