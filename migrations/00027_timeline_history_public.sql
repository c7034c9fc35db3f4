-- Whether visitors (anyone, not signed in) may read a public timeline's
-- history: its owner's decision, off unless they opt in, as a share link asks.
-- What was written before the timeline became public stays hidden even then.

-- +goose Up
ALTER TABLE timelines ADD COLUMN history_public BOOLEAN NOT NULL DEFAULT FALSE;

-- +goose Down
ALTER TABLE timelines DROP COLUMN history_public;
