-- PostgreSQL twin of ../00008_share_scope.sql.

-- +goose Up
ALTER TABLE share_links ADD COLUMN version INTEGER;
ALTER TABLE share_links ADD COLUMN show_history BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE share_links ADD COLUMN last_used_at TIMESTAMPTZ;

-- +goose Down
ALTER TABLE share_links DROP COLUMN last_used_at;
ALTER TABLE share_links DROP COLUMN show_history;
ALTER TABLE share_links DROP COLUMN version;
