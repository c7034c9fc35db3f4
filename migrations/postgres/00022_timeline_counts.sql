-- PostgreSQL twin of ../00022_timeline_counts.sql: the same table and view
-- (keys in byte order), kept by plpgsql trigger functions, per row.

-- +goose Up
CREATE TABLE timeline_counts (
    timeline_id BIGINT  NOT NULL,
    facet       TEXT    NOT NULL CHECK (facet IN ('year', 'actor', 'tag', 'lane')),
    key         TEXT    COLLATE "C" NOT NULL,
    entries     INTEGER NOT NULL,
    rated       INTEGER NOT NULL,
    PRIMARY KEY (timeline_id, facet, key)
);

CREATE VIEW timeline_entry_counts AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'year' AS facet, CASE WHEN c.said_on_earliest IS NULL THEN 'Z' COLLATE "C" WHEN substr(c.said_on_earliest, 1, 1) IN ('-', 'Y') THEN substr(c.said_on_earliest, 1, 13) COLLATE "C" ELSE substr(c.said_on_earliest, 1, 4) COLLATE "C" END AS key, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END AS rated
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'year', CASE WHEN v.occurred_earliest IS NULL THEN 'Z' COLLATE "C" WHEN substr(v.occurred_earliest, 1, 1) IN ('-', 'Y') THEN substr(v.occurred_earliest, 1, 13) COLLATE "C" ELSE substr(v.occurred_earliest, 1, 4) COLLATE "C" END, 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'lane', e.lane COLLATE "C", CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL WHERE e.lane <> ''
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'lane', e.lane COLLATE "C", 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL WHERE e.lane <> ''
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag', t.name COLLATE "C", CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL JOIN tags t ON t.item_kind = 'claim' AND t.item_id = c.id
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag', t.name COLLATE "C", 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN tags t ON t.item_kind = 'event' AND t.item_id = v.id
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'actor', CAST(c.speaker_id AS TEXT) COLLATE "C", CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL WHERE c.speaker_id IS NOT NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'actor', CAST(p.actor_id AS TEXT) COLLATE "C", 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN event_participants p ON p.event_id = v.id;

INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
    SELECT timeline_id, facet, key, count(*), sum(rated) FROM timeline_entry_counts GROUP BY timeline_id, facet, key;

-- +goose StatementBegin
CREATE FUNCTION timeline_entries_counts_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE entry_id = OLD.id AND EXISTS (SELECT 1 FROM timelines WHERE id = OLD.timeline_id)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE entry_id = OLD.id AND EXISTS (SELECT 1 FROM timelines WHERE id = OLD.timeline_id));
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the update goes ahead as written
END;
$$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION timeline_entries_counts_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timeline_entries_counts_old BEFORE DELETE OR UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries
    FOR EACH ROW EXECUTE FUNCTION timeline_entries_counts_old();
CREATE TRIGGER timeline_entries_counts_new AFTER INSERT OR UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries
    FOR EACH ROW EXECUTE FUNCTION timeline_entries_counts_new();

-- +goose StatementBegin
CREATE FUNCTION claims_counts_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = OLD.id);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the update goes ahead as written
END;
$$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION claims_counts_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER claims_counts_old BEFORE DELETE OR UPDATE OF said_on_earliest, rating, speaker_id, deleted_at ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_counts_old();
CREATE TRIGGER claims_counts_new AFTER INSERT OR UPDATE OF said_on_earliest, rating, speaker_id, deleted_at ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_counts_new();

-- +goose StatementBegin
CREATE FUNCTION events_counts_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.id);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the update goes ahead as written
END;
$$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION events_counts_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER events_counts_old BEFORE DELETE OR UPDATE OF occurred_earliest, deleted_at ON events
    FOR EACH ROW EXECUTE FUNCTION events_counts_old();
CREATE TRIGGER events_counts_new AFTER INSERT OR UPDATE OF occurred_earliest, deleted_at ON events
    FOR EACH ROW EXECUTE FUNCTION events_counts_new();

-- +goose StatementBegin
CREATE FUNCTION tags_counts_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND facet = 'tag' AND key = OLD.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND facet = 'tag' AND key = OLD.name);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the update goes ahead as written
END;
$$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION tags_counts_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = NEW.item_kind AND item_id = NEW.item_id AND facet = 'tag' AND key = NEW.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER tags_counts_old BEFORE DELETE OR UPDATE OF item_kind, item_id, name ON tags
    FOR EACH ROW EXECUTE FUNCTION tags_counts_old();
CREATE TRIGGER tags_counts_new AFTER INSERT OR UPDATE OF item_kind, item_id, name ON tags
    FOR EACH ROW EXECUTE FUNCTION tags_counts_new();

-- +goose StatementBegin
CREATE FUNCTION event_participants_counts_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.event_id AND facet = 'actor' AND key = CAST(OLD.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.event_id AND facet = 'actor' AND key = CAST(OLD.actor_id AS TEXT));
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the update goes ahead as written
END;
$$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION event_participants_counts_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = NEW.event_id AND facet = 'actor' AND key = CAST(NEW.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER event_participants_counts_old BEFORE DELETE OR UPDATE OF event_id, actor_id ON event_participants
    FOR EACH ROW EXECUTE FUNCTION event_participants_counts_old();
CREATE TRIGGER event_participants_counts_new AFTER INSERT OR UPDATE OF event_id, actor_id ON event_participants
    FOR EACH ROW EXECUTE FUNCTION event_participants_counts_new();

-- +goose StatementBegin
CREATE FUNCTION timelines_counts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM timeline_counts WHERE timeline_id = OLD.id;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timelines_counts_delete AFTER DELETE ON timelines
    FOR EACH ROW EXECUTE FUNCTION timelines_counts_delete();

-- +goose Down
DROP TRIGGER timeline_entries_counts_old ON timeline_entries;
DROP TRIGGER timeline_entries_counts_new ON timeline_entries;
DROP FUNCTION timeline_entries_counts_old;
DROP FUNCTION timeline_entries_counts_new;
DROP TRIGGER claims_counts_old ON claims;
DROP TRIGGER claims_counts_new ON claims;
DROP FUNCTION claims_counts_old;
DROP FUNCTION claims_counts_new;
DROP TRIGGER events_counts_old ON events;
DROP TRIGGER events_counts_new ON events;
DROP FUNCTION events_counts_old;
DROP FUNCTION events_counts_new;
DROP TRIGGER tags_counts_old ON tags;
DROP TRIGGER tags_counts_new ON tags;
DROP FUNCTION tags_counts_old;
DROP FUNCTION tags_counts_new;
DROP TRIGGER event_participants_counts_old ON event_participants;
DROP TRIGGER event_participants_counts_new ON event_participants;
DROP FUNCTION event_participants_counts_old;
DROP FUNCTION event_participants_counts_new;
DROP TRIGGER timelines_counts_delete ON timelines;
DROP FUNCTION timelines_counts_delete;
DROP VIEW timeline_entry_counts;
DROP TABLE timeline_counts;
