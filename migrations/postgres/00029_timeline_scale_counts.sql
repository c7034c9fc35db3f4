-- PostgreSQL twin of ../00029_timeline_scale_counts.sql: the same table and
-- views (keys in byte order), kept by plpgsql trigger functions, per row.

-- +goose Up
CREATE TABLE timeline_scale_counts (
    timeline_id BIGINT  NOT NULL,
    sort_key    TEXT COLLATE "C" NOT NULL,
    sort_end    TEXT COLLATE "C" NOT NULL,
    item_kind   TEXT    NOT NULL,
    lane        TEXT COLLATE "C" NOT NULL,
    speaker_id  BIGINT  NOT NULL, -- 0: no speaker (an event, or a claim nobody is named for)
    entries     INTEGER NOT NULL,
    PRIMARY KEY (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id)
);
CREATE INDEX timeline_scale_counts_empty ON timeline_scale_counts (timeline_id) WHERE entries = 0;
CREATE VIEW claim_entry_scale AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, COALESCE(c.said_on_earliest, 'Z') COLLATE "C" AS sort_key,
        COALESCE(c.said_on_latest, '') COLLATE "C" AS sort_end, e.lane COLLATE "C" AS lane, COALESCE(c.speaker_id, 0) AS speaker_id
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL;
CREATE VIEW event_entry_scale AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, COALESCE(v.occurred_earliest, 'Z') COLLATE "C" AS sort_key,
        COALESCE(v.occurred_latest, '') COLLATE "C" AS sort_end, e.lane COLLATE "C" AS lane, CAST(0 AS BIGINT) AS speaker_id
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL;
CREATE VIEW timeline_entry_scale AS
SELECT * FROM claim_entry_scale UNION ALL SELECT * FROM event_entry_scale;
INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
    SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, count(*) FROM timeline_entry_scale GROUP BY timeline_id, sort_key, sort_end, item_kind, lane, speaker_id;

-- +goose StatementBegin
CREATE FUNCTION timeline_entries_scale_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM timeline_entry_scale WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timeline_entries_scale_insert AFTER INSERT ON timeline_entries
    FOR EACH ROW EXECUTE FUNCTION timeline_entries_scale_insert();

-- +goose StatementBegin
CREATE FUNCTION timeline_entries_scale_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM timeline_entry_scale WHERE entry_id = OLD.id AND EXISTS (SELECT 1 FROM timelines WHERE id = OLD.timeline_id)
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id = OLD.timeline_id;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the write goes ahead as written
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timeline_entries_scale_delete BEFORE DELETE ON timeline_entries
    FOR EACH ROW EXECUTE FUNCTION timeline_entries_scale_delete();

-- +goose StatementBegin
CREATE FUNCTION timeline_entries_scale_update_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM timeline_entry_scale WHERE entry_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id = OLD.timeline_id;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the write goes ahead as written
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timeline_entries_scale_update_old BEFORE UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries
    FOR EACH ROW EXECUTE FUNCTION timeline_entries_scale_update_old();

-- +goose StatementBegin
CREATE FUNCTION timeline_entries_scale_update_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM timeline_entry_scale WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timeline_entries_scale_update_new AFTER UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries
    FOR EACH ROW EXECUTE FUNCTION timeline_entries_scale_update_new();

-- +goose StatementBegin
CREATE FUNCTION claims_scale_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM claim_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER claims_scale_insert AFTER INSERT ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_scale_insert();

-- +goose StatementBegin
CREATE FUNCTION claims_scale_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM claim_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'claim' AND item_id = OLD.id);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the write goes ahead as written
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER claims_scale_delete BEFORE DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_scale_delete();

-- +goose StatementBegin
CREATE FUNCTION claims_scale_update_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM claim_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'claim' AND item_id = OLD.id);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the write goes ahead as written
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER claims_scale_update_old BEFORE UPDATE OF said_on_earliest, said_on_latest, speaker_id, deleted_at ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_scale_update_old();

-- +goose StatementBegin
CREATE FUNCTION claims_scale_update_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM claim_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER claims_scale_update_new AFTER UPDATE OF said_on_earliest, said_on_latest, speaker_id, deleted_at ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_scale_update_new();

-- +goose StatementBegin
CREATE FUNCTION events_scale_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM event_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER events_scale_insert AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION events_scale_insert();

-- +goose StatementBegin
CREATE FUNCTION events_scale_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM event_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.id);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the write goes ahead as written
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER events_scale_delete BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_scale_delete();

-- +goose StatementBegin
CREATE FUNCTION events_scale_update_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM event_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.id);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW; -- the write goes ahead as written
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER events_scale_update_old BEFORE UPDATE OF occurred_earliest, occurred_latest, deleted_at ON events
    FOR EACH ROW EXECUTE FUNCTION events_scale_update_old();

-- +goose StatementBegin
CREATE FUNCTION events_scale_update_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM event_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER events_scale_update_new AFTER UPDATE OF occurred_earliest, occurred_latest, deleted_at ON events
    FOR EACH ROW EXECUTE FUNCTION events_scale_update_new();

-- +goose StatementBegin
CREATE FUNCTION timelines_scale_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM timeline_scale_counts WHERE timeline_id = OLD.id;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER timelines_scale_delete AFTER DELETE ON timelines
    FOR EACH ROW EXECUTE FUNCTION timelines_scale_delete();

-- +goose Down
DROP TRIGGER timeline_entries_scale_insert ON timeline_entries;
DROP FUNCTION timeline_entries_scale_insert;
DROP TRIGGER timeline_entries_scale_delete ON timeline_entries;
DROP FUNCTION timeline_entries_scale_delete;
DROP TRIGGER timeline_entries_scale_update_old ON timeline_entries;
DROP FUNCTION timeline_entries_scale_update_old;
DROP TRIGGER timeline_entries_scale_update_new ON timeline_entries;
DROP FUNCTION timeline_entries_scale_update_new;
DROP TRIGGER claims_scale_insert ON claims;
DROP FUNCTION claims_scale_insert;
DROP TRIGGER claims_scale_delete ON claims;
DROP FUNCTION claims_scale_delete;
DROP TRIGGER claims_scale_update_old ON claims;
DROP FUNCTION claims_scale_update_old;
DROP TRIGGER claims_scale_update_new ON claims;
DROP FUNCTION claims_scale_update_new;
DROP TRIGGER events_scale_insert ON events;
DROP FUNCTION events_scale_insert;
DROP TRIGGER events_scale_delete ON events;
DROP FUNCTION events_scale_delete;
DROP TRIGGER events_scale_update_old ON events;
DROP FUNCTION events_scale_update_old;
DROP TRIGGER events_scale_update_new ON events;
DROP FUNCTION events_scale_update_new;
DROP TRIGGER timelines_scale_delete ON timelines;
DROP FUNCTION timelines_scale_delete;
DROP VIEW timeline_entry_scale;
DROP VIEW event_entry_scale;
DROP VIEW claim_entry_scale;
DROP TABLE timeline_scale_counts;
