-- PostgreSQL twin of ../00030_source_language.sql.

-- +goose Up
ALTER TABLE sources ADD COLUMN language TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE sources DROP COLUMN language;
