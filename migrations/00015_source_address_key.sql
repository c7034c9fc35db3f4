-- A source's web address reduced to what names the page (models.AddressKey: no
-- scheme, "www.", tracking parameters, AMP or mobile variant), and the same for
-- the page's canonical link when it was captured, each indexed, so that a new
-- source is matched against the stored ones by lookup, not by reading them all.
-- The keys of existing sources are written by Store.Migrate right after this
-- migration, in Go, where the reduction is.

-- +goose Up
ALTER TABLE sources ADD COLUMN canonical_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN url_key TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN canonical_key TEXT NOT NULL DEFAULT '';
CREATE INDEX sources_url_key ON sources (url_key) WHERE url_key <> '';
CREATE INDEX sources_canonical_key ON sources (canonical_key) WHERE canonical_key <> '';

-- +goose Down
DROP INDEX sources_canonical_key;
DROP INDEX sources_url_key;
ALTER TABLE sources DROP COLUMN canonical_key;
ALTER TABLE sources DROP COLUMN url_key;
ALTER TABLE sources DROP COLUMN canonical_url;
