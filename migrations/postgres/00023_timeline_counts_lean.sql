-- PostgreSQL twin of ../00023_timeline_counts_lean.sql: plpgsql keeps its
-- trigger functions' plans for the session, so the triggers of 00022 cost
-- no preparing; only the index of rows left at zero is added.

-- +goose Up
CREATE INDEX timeline_counts_empty ON timeline_counts (timeline_id) WHERE entries = 0;

-- +goose Down
DROP INDEX timeline_counts_empty;
