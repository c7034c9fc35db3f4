-- PostgreSQL twin of ../00027_timeline_history_public.sql.

-- +goose Up
ALTER TABLE timelines ADD COLUMN history_public BOOLEAN NOT NULL DEFAULT FALSE;

-- +goose Down
ALTER TABLE timelines DROP COLUMN history_public;
