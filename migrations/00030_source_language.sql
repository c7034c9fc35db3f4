-- A source's language (issue 28 item 2): the code of a language the extractor
-- reads (en, de, fr, pt), which the reader and the citation pre-fill read its
-- dates and quotations in. Chosen on the source form or detected from the
-- text when the source is saved; '' for a source saved before this or whose
-- text tells no language, which the assist then detects from the text as it
-- reads it, so existing sources need no backfill.

-- +goose Up
ALTER TABLE sources ADD COLUMN language TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE sources DROP COLUMN language;
