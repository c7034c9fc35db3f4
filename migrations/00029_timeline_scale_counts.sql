-- The time-scaled view's counts (ARCHITECTURE.md §3): a timeline's live
-- entries counted by their days (the item's first and last possible day, as
-- timeline_entries.sort_key and sort_end hold them), kind, lane and speaker,
-- kept as the timeline is written by triggers in the writing statement, as
-- timeline_counts is (00022-00023): each takes away what the touched entries
-- contributed (BEFORE) and adds it back from the current rows (AFTER),
-- through the views *_entry_scale. The days are read from the claim or event
-- itself, not from the entry's sort keys, which another trigger writes after
-- the item: both ways give the same days, and this one does not depend on
-- the order triggers fire in.

-- +goose Up
CREATE TABLE timeline_scale_counts (
    timeline_id INTEGER NOT NULL,
    sort_key    TEXT NOT NULL,
    sort_end    TEXT NOT NULL,
    item_kind   TEXT    NOT NULL,
    lane        TEXT NOT NULL,
    speaker_id  INTEGER NOT NULL, -- 0: no speaker (an event, or a claim nobody is named for)
    entries     INTEGER NOT NULL,
    PRIMARY KEY (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id)
);
CREATE INDEX timeline_scale_counts_empty ON timeline_scale_counts (timeline_id) WHERE entries = 0;
CREATE VIEW claim_entry_scale AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, COALESCE(c.said_on_earliest, 'Z') AS sort_key,
        COALESCE(c.said_on_latest, '') AS sort_end, e.lane AS lane, COALESCE(c.speaker_id, 0) AS speaker_id
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL;
CREATE VIEW event_entry_scale AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, COALESCE(v.occurred_earliest, 'Z') AS sort_key,
        COALESCE(v.occurred_latest, '') AS sort_end, e.lane AS lane, 0 AS speaker_id
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL;
CREATE VIEW timeline_entry_scale AS
SELECT * FROM claim_entry_scale UNION ALL SELECT * FROM event_entry_scale;
INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
    SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, count(*) FROM timeline_entry_scale GROUP BY timeline_id, sort_key, sort_end, item_kind, lane, speaker_id;

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_scale_insert AFTER INSERT ON timeline_entries BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM timeline_entry_scale WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_scale_delete BEFORE DELETE ON timeline_entries BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM timeline_entry_scale WHERE entry_id = OLD.id AND EXISTS (SELECT 1 FROM timelines WHERE id = OLD.timeline_id)
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id = OLD.timeline_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_scale_update_old BEFORE UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM timeline_entry_scale WHERE entry_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id = OLD.timeline_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_scale_update_new AFTER UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM timeline_entry_scale WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_scale_insert AFTER INSERT ON claims BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM claim_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_scale_delete BEFORE DELETE ON claims BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM claim_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'claim' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_scale_update_old BEFORE UPDATE OF said_on_earliest, said_on_latest, speaker_id, deleted_at ON claims BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM claim_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'claim' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_scale_update_new AFTER UPDATE OF said_on_earliest, said_on_latest, speaker_id, deleted_at ON claims BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM claim_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_scale_insert AFTER INSERT ON events BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM event_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_scale_delete BEFORE DELETE ON events BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM event_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_scale_update_old BEFORE UPDATE OF occurred_earliest, occurred_latest, deleted_at ON events BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, -1 FROM event_entry_scale WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
    DELETE FROM timeline_scale_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_scale_update_new AFTER UPDATE OF occurred_earliest, occurred_latest, deleted_at ON events BEGIN
    INSERT INTO timeline_scale_counts (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, entries)
        SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, 1 FROM event_entry_scale WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) DO UPDATE SET entries = timeline_scale_counts.entries + excluded.entries;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timelines_scale_delete AFTER DELETE ON timelines BEGIN
    DELETE FROM timeline_scale_counts WHERE timeline_id = OLD.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER timeline_entries_scale_insert;
DROP TRIGGER timeline_entries_scale_delete;
DROP TRIGGER timeline_entries_scale_update_old;
DROP TRIGGER timeline_entries_scale_update_new;
DROP TRIGGER claims_scale_insert;
DROP TRIGGER claims_scale_delete;
DROP TRIGGER claims_scale_update_old;
DROP TRIGGER claims_scale_update_new;
DROP TRIGGER events_scale_insert;
DROP TRIGGER events_scale_delete;
DROP TRIGGER events_scale_update_old;
DROP TRIGGER events_scale_update_new;
DROP TRIGGER timelines_scale_delete;
DROP VIEW timeline_entry_scale;
DROP VIEW event_entry_scale;
DROP VIEW claim_entry_scale;
DROP TABLE timeline_scale_counts;
