-- PostgreSQL twin of ../00005_citation_orphaned.sql.

-- +goose Up
ALTER TABLE citations ADD COLUMN orphaned BOOLEAN NOT NULL DEFAULT FALSE;

-- +goose Down
ALTER TABLE citations DROP COLUMN orphaned;
