-- PostgreSQL twin of ../00013_search_prefix.sql, which gives FTS5 prefix
-- indexes: the GIN index of 00002 serves prefix queries (word:*) already.

-- +goose Up
SELECT 1;

-- +goose Down
SELECT 1;
