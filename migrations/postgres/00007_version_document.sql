-- PostgreSQL twin of ../00007_version_document.sql.

-- +goose Up
ALTER TABLE versions ADD COLUMN document TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE versions DROP COLUMN document;
