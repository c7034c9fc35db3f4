-- Writes pay for the timelines' counts (00022) mostly in preparing their
-- statements, which SQLite compiles with every trigger they fire: each
-- trigger now reads the view of its own table's entries only (a claim's,
-- an event's, a tag's, a participant's), and finds the rows a subtraction
-- left at zero through a small index instead of the view.

-- +goose Up
DROP TRIGGER timelines_counts_delete;
DROP TRIGGER event_participants_counts_update_new;
DROP TRIGGER event_participants_counts_update_old;
DROP TRIGGER event_participants_counts_delete;
DROP TRIGGER event_participants_counts_insert;
DROP TRIGGER tags_counts_update_new;
DROP TRIGGER tags_counts_update_old;
DROP TRIGGER tags_counts_delete;
DROP TRIGGER tags_counts_insert;
DROP TRIGGER events_counts_update_new;
DROP TRIGGER events_counts_update_old;
DROP TRIGGER events_counts_delete;
DROP TRIGGER events_counts_insert;
DROP TRIGGER claims_counts_update_new;
DROP TRIGGER claims_counts_update_old;
DROP TRIGGER claims_counts_delete;
DROP TRIGGER claims_counts_insert;
DROP TRIGGER timeline_entries_counts_update_new;
DROP TRIGGER timeline_entries_counts_update_old;
DROP TRIGGER timeline_entries_counts_delete;
DROP TRIGGER timeline_entries_counts_insert;
DROP VIEW timeline_entry_counts;
CREATE INDEX timeline_counts_empty ON timeline_counts (timeline_id) WHERE entries = 0;
CREATE VIEW claim_entry_counts AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'year' AS facet, CASE WHEN c.said_on_earliest IS NULL THEN 'Z' WHEN substr(c.said_on_earliest, 1, 1) IN ('-', 'Y') THEN substr(c.said_on_earliest, 1, 13) ELSE substr(c.said_on_earliest, 1, 4) END AS key, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END AS rated
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'lane', e.lane, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL WHERE e.lane <> ''
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag', t.name, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL JOIN tags t ON t.item_kind = 'claim' AND t.item_id = c.id
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'actor', CAST(c.speaker_id AS TEXT), CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL WHERE c.speaker_id IS NOT NULL;
CREATE VIEW event_entry_counts AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'year' AS facet, CASE WHEN v.occurred_earliest IS NULL THEN 'Z' WHEN substr(v.occurred_earliest, 1, 1) IN ('-', 'Y') THEN substr(v.occurred_earliest, 1, 13) ELSE substr(v.occurred_earliest, 1, 4) END AS key, 0 AS rated
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'lane', e.lane, 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL WHERE e.lane <> ''
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag', t.name, 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN tags t ON t.item_kind = 'event' AND t.item_id = v.id
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'actor', CAST(p.actor_id AS TEXT), 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN event_participants p ON p.event_id = v.id;
CREATE VIEW tag_entry_counts AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag' AS facet, t.name AS key, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END AS rated
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL JOIN tags t ON t.item_kind = 'claim' AND t.item_id = c.id
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag' AS facet, t.name AS key, 0 AS rated
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN tags t ON t.item_kind = 'event' AND t.item_id = v.id;
CREATE VIEW participant_entry_counts AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'actor' AS facet, CAST(p.actor_id AS TEXT) AS key, 0 AS rated
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN event_participants p ON p.event_id = v.id;
CREATE VIEW timeline_entry_counts AS
SELECT * FROM claim_entry_counts UNION ALL SELECT * FROM event_entry_counts;

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_insert AFTER INSERT ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_delete BEFORE DELETE ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE entry_id = OLD.id AND EXISTS (SELECT 1 FROM timelines WHERE id = OLD.timeline_id)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id = OLD.timeline_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_update_old BEFORE UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE entry_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id = OLD.timeline_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_update_new AFTER UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM claim_entry_counts WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_delete BEFORE DELETE ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM claim_entry_counts WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'claim' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_update_old BEFORE UPDATE OF said_on_earliest, rating, speaker_id, deleted_at ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM claim_entry_counts WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'claim' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_update_new AFTER UPDATE OF said_on_earliest, rating, speaker_id, deleted_at ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM claim_entry_counts WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_insert AFTER INSERT ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM event_entry_counts WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_delete BEFORE DELETE ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM event_entry_counts WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_update_old BEFORE UPDATE OF occurred_earliest, deleted_at ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM event_entry_counts WHERE item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_update_new AFTER UPDATE OF occurred_earliest, deleted_at ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM event_entry_counts WHERE item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_insert AFTER INSERT ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM tag_entry_counts WHERE item_kind = NEW.item_kind AND item_id = NEW.item_id AND key = NEW.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_delete BEFORE DELETE ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM tag_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND key = OLD.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_update_old BEFORE UPDATE OF item_kind, item_id, name ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM tag_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND key = OLD.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_update_new AFTER UPDATE OF item_kind, item_id, name ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM tag_entry_counts WHERE item_kind = NEW.item_kind AND item_id = NEW.item_id AND key = NEW.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_insert AFTER INSERT ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM participant_entry_counts WHERE item_id = NEW.event_id AND key = CAST(NEW.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_delete BEFORE DELETE ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM participant_entry_counts WHERE item_id = OLD.event_id AND key = CAST(OLD.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.event_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_update_old BEFORE UPDATE OF event_id, actor_id ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM participant_entry_counts WHERE item_id = OLD.event_id AND key = CAST(OLD.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND timeline_id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = 'event' AND item_id = OLD.event_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_update_new AFTER UPDATE OF event_id, actor_id ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM participant_entry_counts WHERE item_id = NEW.event_id AND key = CAST(NEW.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timelines_counts_delete AFTER DELETE ON timelines BEGIN
    DELETE FROM timeline_counts WHERE timeline_id = OLD.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER timeline_entries_counts_insert;
DROP TRIGGER timeline_entries_counts_delete;
DROP TRIGGER timeline_entries_counts_update_old;
DROP TRIGGER timeline_entries_counts_update_new;
DROP TRIGGER claims_counts_insert;
DROP TRIGGER claims_counts_delete;
DROP TRIGGER claims_counts_update_old;
DROP TRIGGER claims_counts_update_new;
DROP TRIGGER events_counts_insert;
DROP TRIGGER events_counts_delete;
DROP TRIGGER events_counts_update_old;
DROP TRIGGER events_counts_update_new;
DROP TRIGGER tags_counts_insert;
DROP TRIGGER tags_counts_delete;
DROP TRIGGER tags_counts_update_old;
DROP TRIGGER tags_counts_update_new;
DROP TRIGGER event_participants_counts_insert;
DROP TRIGGER event_participants_counts_delete;
DROP TRIGGER event_participants_counts_update_old;
DROP TRIGGER event_participants_counts_update_new;
DROP TRIGGER timelines_counts_delete;
DROP VIEW timeline_entry_counts;
DROP VIEW participant_entry_counts;
DROP VIEW tag_entry_counts;
DROP VIEW event_entry_counts;
DROP VIEW claim_entry_counts;
DROP INDEX timeline_counts_empty;
CREATE VIEW timeline_entry_counts AS
SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'year' AS facet, CASE WHEN c.said_on_earliest IS NULL THEN 'Z' WHEN substr(c.said_on_earliest, 1, 1) IN ('-', 'Y') THEN substr(c.said_on_earliest, 1, 13) ELSE substr(c.said_on_earliest, 1, 4) END AS key, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END AS rated
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'year', CASE WHEN v.occurred_earliest IS NULL THEN 'Z' WHEN substr(v.occurred_earliest, 1, 1) IN ('-', 'Y') THEN substr(v.occurred_earliest, 1, 13) ELSE substr(v.occurred_earliest, 1, 4) END, 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'lane', e.lane, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL WHERE e.lane <> ''
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'lane', e.lane, 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL WHERE e.lane <> ''
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag', t.name, CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL JOIN tags t ON t.item_kind = 'claim' AND t.item_id = c.id
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'tag', t.name, 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN tags t ON t.item_kind = 'event' AND t.item_id = v.id
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'actor', CAST(c.speaker_id AS TEXT), CASE WHEN c.rating <> 'unrated' THEN 1 ELSE 0 END
    FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL WHERE c.speaker_id IS NOT NULL
UNION ALL SELECT e.id AS entry_id, e.timeline_id, e.item_kind, e.item_id, 'actor', CAST(p.actor_id AS TEXT), 0
    FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL JOIN event_participants p ON p.event_id = v.id;
-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_insert AFTER INSERT ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_delete BEFORE DELETE ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE entry_id = OLD.id AND EXISTS (SELECT 1 FROM timelines WHERE id = OLD.timeline_id)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE entry_id = OLD.id AND EXISTS (SELECT 1 FROM timelines WHERE id = OLD.timeline_id));
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_update_old BEFORE UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE entry_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE entry_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_counts_update_new AFTER UPDATE OF timeline_id, item_kind, item_id, lane ON timeline_entries BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE entry_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_delete BEFORE DELETE ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_update_old BEFORE UPDATE OF said_on_earliest, rating, speaker_id, deleted_at ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_counts_update_new AFTER UPDATE OF said_on_earliest, rating, speaker_id, deleted_at ON claims BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'claim' AND item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_insert AFTER INSERT ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_delete BEFORE DELETE ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_update_old BEFORE UPDATE OF occurred_earliest, deleted_at ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_counts_update_new AFTER UPDATE OF occurred_earliest, deleted_at ON events BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = NEW.id
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_insert AFTER INSERT ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = NEW.item_kind AND item_id = NEW.item_id AND facet = 'tag' AND key = NEW.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_delete BEFORE DELETE ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND facet = 'tag' AND key = OLD.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND facet = 'tag' AND key = OLD.name);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_update_old BEFORE UPDATE OF item_kind, item_id, name ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND facet = 'tag' AND key = OLD.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = OLD.item_kind AND item_id = OLD.item_id AND facet = 'tag' AND key = OLD.name);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tags_counts_update_new AFTER UPDATE OF item_kind, item_id, name ON tags BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = NEW.item_kind AND item_id = NEW.item_id AND facet = 'tag' AND key = NEW.name
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_insert AFTER INSERT ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = NEW.event_id AND facet = 'actor' AND key = CAST(NEW.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_delete BEFORE DELETE ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.event_id AND facet = 'actor' AND key = CAST(OLD.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.event_id AND facet = 'actor' AND key = CAST(OLD.actor_id AS TEXT));
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_update_old BEFORE UPDATE OF event_id, actor_id ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, -1, -rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.event_id AND facet = 'actor' AND key = CAST(OLD.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
    DELETE FROM timeline_counts WHERE entries = 0 AND (timeline_id, facet, key) IN
        (SELECT timeline_id, facet, key FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = OLD.event_id AND facet = 'actor' AND key = CAST(OLD.actor_id AS TEXT));
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER event_participants_counts_update_new AFTER UPDATE OF event_id, actor_id ON event_participants BEGIN
    INSERT INTO timeline_counts (timeline_id, facet, key, entries, rated)
        SELECT timeline_id, facet, key, 1, rated FROM timeline_entry_counts WHERE item_kind = 'event' AND item_id = NEW.event_id AND facet = 'actor' AND key = CAST(NEW.actor_id AS TEXT)
        ON CONFLICT (timeline_id, facet, key) DO UPDATE SET entries = timeline_counts.entries + excluded.entries, rated = timeline_counts.rated + excluded.rated;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timelines_counts_delete AFTER DELETE ON timelines BEGIN
    DELETE FROM timeline_counts WHERE timeline_id = OLD.id;
END;
-- +goose StatementEnd

