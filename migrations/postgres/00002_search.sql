-- PostgreSQL twin of ../00002_search.sql (with the triggers as ../00011 left
-- them): one table over actors, sources, claims, events and timelines; its id is
-- the item's id times 8 plus a code for its kind, as on SQLite. The words are
-- a generated tsvector (the title weighs A, the body B), lower-cased and
-- without accents ("Turk" finds "Türk"); a GIN index serves it.
-- unaccent comes with Debian's postgresql package (postgresql-contrib); it is
-- trusted, so the database's owner may create it.

-- +goose Up
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- factline: the simple configuration (lower case, no stemming, like SQLite's
-- unicode61 tokenizer) with accents removed first, for the words stored and
-- searched and for the highlighted snippets alike.
CREATE TEXT SEARCH CONFIGURATION factline (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION factline ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;

CREATE TABLE search_index (
    id      BIGINT PRIMARY KEY,
    kind    TEXT   NOT NULL,
    item_id BIGINT NOT NULL,
    title   TEXT   NOT NULL,
    body    TEXT   NOT NULL,
    words   tsvector GENERATED ALWAYS AS
        (setweight(to_tsvector('factline', title), 'A') || setweight(to_tsvector('factline', body), 'B')) STORED
);
CREATE INDEX search_index_words ON search_index USING GIN (words);

-- +goose StatementBegin
CREATE FUNCTION actors_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE id = OLD.id * 8 + 1;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO search_index (id, kind, item_id, title, body)
    SELECT NEW.id * 8 + 1, 'actor', NEW.id, NEW.name, NEW.aliases || ' ' || NEW.description
    WHERE NEW.deleted_at IS NULL;
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM search_index WHERE id IN (SELECT id * 8 + 3 FROM claims WHERE speaker_id = NEW.id);
        INSERT INTO search_index (id, kind, item_id, title, body)
        SELECT c.id * 8 + 3, 'claim', c.id, c.text, CASE WHEN NEW.deleted_at IS NULL THEN NEW.name ELSE '' END || ' ' || c.rationale
        FROM claims c WHERE c.speaker_id = NEW.id AND c.deleted_at IS NULL;
    END IF;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER actors_search_insert AFTER INSERT ON actors FOR EACH ROW EXECUTE FUNCTION actors_search();
CREATE TRIGGER actors_search_update AFTER UPDATE OF name, aliases, description, deleted_at ON actors FOR EACH ROW EXECUTE FUNCTION actors_search();
CREATE TRIGGER actors_search_delete AFTER DELETE ON actors FOR EACH ROW EXECUTE FUNCTION actors_search();

-- +goose StatementBegin
CREATE FUNCTION sources_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE id = OLD.id * 8 + 2;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO search_index (id, kind, item_id, title, body)
    SELECT NEW.id * 8 + 2, 'source', NEW.id, NEW.title, NEW.publisher || ' ' || NEW.author || ' ' || NEW.text
    WHERE NEW.deleted_at IS NULL;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER sources_search_insert AFTER INSERT ON sources FOR EACH ROW EXECUTE FUNCTION sources_search();
CREATE TRIGGER sources_search_update AFTER UPDATE OF title, publisher, author, text, deleted_at ON sources FOR EACH ROW EXECUTE FUNCTION sources_search();
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources FOR EACH ROW EXECUTE FUNCTION sources_search();

-- +goose StatementBegin
CREATE FUNCTION claims_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE id = OLD.id * 8 + 3;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO search_index (id, kind, item_id, title, body)
    SELECT NEW.id * 8 + 3, 'claim', NEW.id, NEW.text,
        COALESCE((SELECT name FROM actors WHERE id = NEW.speaker_id AND deleted_at IS NULL), '') || ' ' || NEW.rationale
    WHERE NEW.deleted_at IS NULL;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims FOR EACH ROW EXECUTE FUNCTION claims_search();
CREATE TRIGGER claims_search_update AFTER UPDATE OF text, rationale, speaker_id, deleted_at ON claims FOR EACH ROW EXECUTE FUNCTION claims_search();
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims FOR EACH ROW EXECUTE FUNCTION claims_search();

-- +goose StatementBegin
CREATE FUNCTION events_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE id = OLD.id * 8 + 4;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO search_index (id, kind, item_id, title, body)
    SELECT NEW.id * 8 + 4, 'event', NEW.id, NEW.title, NEW.description || ' ' || NEW.place
    WHERE NEW.deleted_at IS NULL;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER events_search_insert AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_search();
CREATE TRIGGER events_search_update AFTER UPDATE OF title, description, place, deleted_at ON events FOR EACH ROW EXECUTE FUNCTION events_search();
CREATE TRIGGER events_search_delete AFTER DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_search();

-- +goose StatementBegin
CREATE FUNCTION timelines_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE id = OLD.id * 8 + 5;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO search_index (id, kind, item_id, title, body)
    SELECT NEW.id * 8 + 5, 'timeline', NEW.id, NEW.title, NEW.summary
    WHERE NEW.deleted_at IS NULL;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timelines_search_insert AFTER INSERT ON timelines FOR EACH ROW EXECUTE FUNCTION timelines_search();
CREATE TRIGGER timelines_search_update AFTER UPDATE OF title, summary, deleted_at ON timelines FOR EACH ROW EXECUTE FUNCTION timelines_search();
CREATE TRIGGER timelines_search_delete AFTER DELETE ON timelines FOR EACH ROW EXECUTE FUNCTION timelines_search();

-- +goose Down
DROP TABLE search_index;
DROP FUNCTION timelines_search CASCADE;
DROP FUNCTION events_search CASCADE;
DROP FUNCTION claims_search CASCADE;
DROP FUNCTION sources_search CASCADE;
DROP FUNCTION actors_search CASCADE;
DROP TEXT SEARCH CONFIGURATION factline;
