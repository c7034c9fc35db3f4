-- PostgreSQL twin of ../00015_source_address_key.sql; the keys of existing
-- sources are written by Store.Migrate after it, as on SQLite.
--
-- And julianday(day key), the day number SQLite's function gives for a
-- YYYY-MM-DD key (NULL for a key of another era), so that the store orders
-- dates by distance in one statement on both engines (EventDuplicates).

-- +goose Up
ALTER TABLE sources ADD COLUMN canonical_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN url_key TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN canonical_key TEXT NOT NULL DEFAULT '';
CREATE INDEX sources_url_key ON sources (url_key) WHERE url_key <> '';
CREATE INDEX sources_canonical_key ON sources (canonical_key) WHERE canonical_key <> '';

-- +goose StatementBegin
CREATE FUNCTION julianday(day TEXT) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
        THEN (day::date - DATE '2000-01-01') + 2451544.5 END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION julianday;
DROP INDEX sources_canonical_key;
DROP INDEX sources_url_key;
ALTER TABLE sources DROP COLUMN canonical_key;
ALTER TABLE sources DROP COLUMN url_key;
ALTER TABLE sources DROP COLUMN canonical_url;
