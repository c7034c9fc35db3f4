-- A citation whose quoted passage is no longer in its source's edited text is kept,
-- marked orphaned, and shown as such on the source and on the citing item.

-- +goose Up
ALTER TABLE citations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE citations DROP COLUMN orphaned;
