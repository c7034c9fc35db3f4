-- A published version also freezes its timeline as a factline JSON document, so
-- that the version exports to every format exactly as it was published.

-- +goose Up
ALTER TABLE versions ADD COLUMN document TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE versions DROP COLUMN document;
