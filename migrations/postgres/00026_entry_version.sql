-- PostgreSQL twin of ../00026_entry_version.sql.

-- +goose Up
ALTER TABLE timeline_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- +goose Down
ALTER TABLE timeline_entries DROP COLUMN version;
