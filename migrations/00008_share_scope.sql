-- +goose Up
-- A share link opens the living timeline (version NULL) or one published
-- version; its holder sees the timeline's history only when the owner allows
-- it; the last use is kept (to the hour) for the sharing page.
ALTER TABLE share_links ADD COLUMN version INTEGER;
ALTER TABLE share_links ADD COLUMN show_history BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE share_links ADD COLUMN last_used_at DATETIME;

-- +goose Down
ALTER TABLE share_links DROP COLUMN last_used_at;
ALTER TABLE share_links DROP COLUMN show_history;
ALTER TABLE share_links DROP COLUMN version;
