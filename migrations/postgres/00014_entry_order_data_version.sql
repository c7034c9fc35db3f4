-- PostgreSQL twin of ../00014_entry_order_data_version.sql: each timeline entry
-- carries its item's sort and end keys (byte order, as the date keys have) under
-- one index, kept by triggers; data_version is bumped by every statement that
-- writes what pages show, in its own transaction.

-- +goose Up
ALTER TABLE timeline_entries ADD COLUMN sort_key TEXT COLLATE "C" NOT NULL DEFAULT 'Z';
ALTER TABLE timeline_entries ADD COLUMN sort_end TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE timeline_entries SET
    sort_key = COALESCE(CASE item_kind
        WHEN 'claim' THEN (SELECT said_on_earliest FROM claims WHERE id = item_id)
        ELSE (SELECT occurred_earliest FROM events WHERE id = item_id) END, 'Z'),
    sort_end = COALESCE(CASE item_kind
        WHEN 'claim' THEN (SELECT said_on_latest FROM claims WHERE id = item_id)
        ELSE (SELECT occurred_latest FROM events WHERE id = item_id) END, '');
CREATE INDEX timeline_entries_order ON timeline_entries (timeline_id, sort_key, sort_end, id);

-- +goose StatementBegin
CREATE FUNCTION timeline_entries_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.item_kind = 'claim' THEN
        SELECT COALESCE(said_on_earliest, 'Z'), COALESCE(said_on_latest, '') INTO NEW.sort_key, NEW.sort_end
        FROM claims WHERE id = NEW.item_id;
    ELSE
        SELECT COALESCE(occurred_earliest, 'Z'), COALESCE(occurred_latest, '') INTO NEW.sort_key, NEW.sort_end
        FROM events WHERE id = NEW.item_id;
    END IF;
    NEW.sort_key := COALESCE(NEW.sort_key, 'Z');
    NEW.sort_end := COALESCE(NEW.sort_end, '');
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timeline_entries_order_insert BEFORE INSERT ON timeline_entries
    FOR EACH ROW EXECUTE FUNCTION timeline_entries_order();

-- +goose StatementBegin
CREATE FUNCTION claims_entry_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE timeline_entries SET sort_key = COALESCE(NEW.said_on_earliest, 'Z'), sort_end = COALESCE(NEW.said_on_latest, '')
    WHERE item_kind = 'claim' AND item_id = NEW.id;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER claims_entry_order AFTER UPDATE OF said_on_earliest, said_on_latest ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_entry_order();

-- +goose StatementBegin
CREATE FUNCTION events_entry_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE timeline_entries SET sort_key = COALESCE(NEW.occurred_earliest, 'Z'), sort_end = COALESCE(NEW.occurred_latest, '')
    WHERE item_kind = 'event' AND item_id = NEW.id;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER events_entry_order AFTER UPDATE OF occurred_earliest, occurred_latest ON events
    FOR EACH ROW EXECUTE FUNCTION events_entry_order();

CREATE TABLE data_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    n  BIGINT NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 0);

-- +goose StatementBegin
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER actors_data_version AFTER INSERT OR UPDATE OR DELETE ON actors FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER roles_data_version AFTER INSERT OR UPDATE OR DELETE ON roles FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER sources_data_version AFTER INSERT OR UPDATE OR DELETE ON sources FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER claims_data_version AFTER INSERT OR UPDATE OR DELETE ON claims FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER events_data_version AFTER INSERT OR UPDATE OR DELETE ON events FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER event_participants_data_version AFTER INSERT OR UPDATE OR DELETE ON event_participants FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER citations_data_version AFTER INSERT OR UPDATE OR DELETE ON citations FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER relations_data_version AFTER INSERT OR UPDATE OR DELETE ON relations FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER tags_data_version AFTER INSERT OR UPDATE OR DELETE ON tags FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER timelines_data_version AFTER INSERT OR UPDATE OR DELETE ON timelines FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER timeline_entries_data_version AFTER INSERT OR UPDATE OR DELETE ON timeline_entries FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER timeline_eras_data_version AFTER INSERT OR UPDATE OR DELETE ON timeline_eras FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER timeline_collaborators_data_version AFTER INSERT OR UPDATE OR DELETE ON timeline_collaborators FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER versions_data_version AFTER INSERT OR UPDATE OR DELETE ON versions FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER share_links_data_version AFTER INSERT OR UPDATE OR DELETE ON share_links FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER users_data_version AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();

-- +goose Down
DROP TRIGGER actors_data_version ON actors;
DROP TRIGGER roles_data_version ON roles;
DROP TRIGGER sources_data_version ON sources;
DROP TRIGGER claims_data_version ON claims;
DROP TRIGGER events_data_version ON events;
DROP TRIGGER event_participants_data_version ON event_participants;
DROP TRIGGER citations_data_version ON citations;
DROP TRIGGER relations_data_version ON relations;
DROP TRIGGER tags_data_version ON tags;
DROP TRIGGER timelines_data_version ON timelines;
DROP TRIGGER timeline_entries_data_version ON timeline_entries;
DROP TRIGGER timeline_eras_data_version ON timeline_eras;
DROP TRIGGER timeline_collaborators_data_version ON timeline_collaborators;
DROP TRIGGER versions_data_version ON versions;
DROP TRIGGER share_links_data_version ON share_links;
DROP TRIGGER users_data_version ON users;
DROP FUNCTION bump_data_version;
DROP TABLE data_version;
DROP TRIGGER events_entry_order ON events;
DROP FUNCTION events_entry_order;
DROP TRIGGER claims_entry_order ON claims;
DROP FUNCTION claims_entry_order;
DROP TRIGGER timeline_entries_order_insert ON timeline_entries;
DROP FUNCTION timeline_entries_order;
DROP INDEX timeline_entries_order;
ALTER TABLE timeline_entries DROP COLUMN sort_end;
ALTER TABLE timeline_entries DROP COLUMN sort_key;
