-- Long timelines served in windows, and a version of the data for render caches.
--
-- Each timeline entry carries its item's sort key (the earliest possible day, 'Z'
-- when undated) and end key (the latest possible day, '' when undated), kept in
-- step by triggers, so that a window of a timeline is a walk of one index
-- (timeline, key, end, entry) from a cursor, whatever the timeline's length, in
-- the order the page always had: COALESCE(earliest, 'Z'), latest, entry id.
--
-- data_version is one row whose counter every write to what pages show bumps,
-- in the writing statement's own transaction (triggers), so that a cache of
-- rendered pages keyed by it is right across several instances on one database.

-- +goose Up
ALTER TABLE timeline_entries ADD COLUMN sort_key TEXT NOT NULL DEFAULT 'Z';
ALTER TABLE timeline_entries ADD COLUMN sort_end TEXT NOT NULL DEFAULT '';
UPDATE timeline_entries SET
    sort_key = COALESCE(CASE item_kind
        WHEN 'claim' THEN (SELECT said_on_earliest FROM claims WHERE id = item_id)
        ELSE (SELECT occurred_earliest FROM events WHERE id = item_id) END, 'Z'),
    sort_end = COALESCE(CASE item_kind
        WHEN 'claim' THEN (SELECT said_on_latest FROM claims WHERE id = item_id)
        ELSE (SELECT occurred_latest FROM events WHERE id = item_id) END, '');
CREATE INDEX timeline_entries_order ON timeline_entries (timeline_id, sort_key, sort_end, id);

-- +goose StatementBegin
CREATE TRIGGER timeline_entries_order_insert AFTER INSERT ON timeline_entries BEGIN
    UPDATE timeline_entries SET
        sort_key = COALESCE(CASE NEW.item_kind
            WHEN 'claim' THEN (SELECT said_on_earliest FROM claims WHERE id = NEW.item_id)
            ELSE (SELECT occurred_earliest FROM events WHERE id = NEW.item_id) END, 'Z'),
        sort_end = COALESCE(CASE NEW.item_kind
            WHEN 'claim' THEN (SELECT said_on_latest FROM claims WHERE id = NEW.item_id)
            ELSE (SELECT occurred_latest FROM events WHERE id = NEW.item_id) END, '')
    WHERE id = NEW.id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_entry_order AFTER UPDATE OF said_on_earliest, said_on_latest ON claims BEGIN
    UPDATE timeline_entries SET sort_key = COALESCE(NEW.said_on_earliest, 'Z'), sort_end = COALESCE(NEW.said_on_latest, '')
    WHERE item_kind = 'claim' AND item_id = NEW.id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER events_entry_order AFTER UPDATE OF occurred_earliest, occurred_latest ON events BEGIN
    UPDATE timeline_entries SET sort_key = COALESCE(NEW.occurred_earliest, 'Z'), sort_end = COALESCE(NEW.occurred_latest, '')
    WHERE item_kind = 'event' AND item_id = NEW.id;
END;
-- +goose StatementEnd

CREATE TABLE data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 0);
-- +goose StatementBegin
CREATE TRIGGER actors_data_version_insert AFTER INSERT ON actors BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER actors_data_version_update AFTER UPDATE ON actors BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER actors_data_version_delete AFTER DELETE ON actors BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER roles_data_version_insert AFTER INSERT ON roles BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER roles_data_version_update AFTER UPDATE ON roles BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER roles_data_version_delete AFTER DELETE ON roles BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER sources_data_version_insert AFTER INSERT ON sources BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER sources_data_version_update AFTER UPDATE ON sources BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER sources_data_version_delete AFTER DELETE ON sources BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_data_version_insert AFTER INSERT ON claims BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_data_version_update AFTER UPDATE ON claims BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_data_version_delete AFTER DELETE ON claims BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER events_data_version_insert AFTER INSERT ON events BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER events_data_version_update AFTER UPDATE ON events BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER events_data_version_delete AFTER DELETE ON events BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER event_participants_data_version_insert AFTER INSERT ON event_participants BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER event_participants_data_version_update AFTER UPDATE ON event_participants BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER event_participants_data_version_delete AFTER DELETE ON event_participants BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER citations_data_version_insert AFTER INSERT ON citations BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER citations_data_version_update AFTER UPDATE ON citations BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER citations_data_version_delete AFTER DELETE ON citations BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER relations_data_version_insert AFTER INSERT ON relations BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER relations_data_version_update AFTER UPDATE ON relations BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER relations_data_version_delete AFTER DELETE ON relations BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tags_data_version_insert AFTER INSERT ON tags BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tags_data_version_update AFTER UPDATE ON tags BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tags_data_version_delete AFTER DELETE ON tags BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timelines_data_version_insert AFTER INSERT ON timelines BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timelines_data_version_update AFTER UPDATE ON timelines BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timelines_data_version_delete AFTER DELETE ON timelines BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_entries_data_version_insert AFTER INSERT ON timeline_entries BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_entries_data_version_update AFTER UPDATE ON timeline_entries BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_entries_data_version_delete AFTER DELETE ON timeline_entries BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_eras_data_version_insert AFTER INSERT ON timeline_eras BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_eras_data_version_update AFTER UPDATE ON timeline_eras BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_eras_data_version_delete AFTER DELETE ON timeline_eras BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_collaborators_data_version_insert AFTER INSERT ON timeline_collaborators BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_collaborators_data_version_update AFTER UPDATE ON timeline_collaborators BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timeline_collaborators_data_version_delete AFTER DELETE ON timeline_collaborators BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER versions_data_version_insert AFTER INSERT ON versions BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER versions_data_version_update AFTER UPDATE ON versions BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER versions_data_version_delete AFTER DELETE ON versions BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER share_links_data_version_insert AFTER INSERT ON share_links BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER share_links_data_version_update AFTER UPDATE ON share_links BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER share_links_data_version_delete AFTER DELETE ON share_links BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER users_data_version_insert AFTER INSERT ON users BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER users_data_version_update AFTER UPDATE ON users BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER users_data_version_delete AFTER DELETE ON users BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER actors_data_version_insert;
DROP TRIGGER actors_data_version_update;
DROP TRIGGER actors_data_version_delete;
DROP TRIGGER roles_data_version_insert;
DROP TRIGGER roles_data_version_update;
DROP TRIGGER roles_data_version_delete;
DROP TRIGGER sources_data_version_insert;
DROP TRIGGER sources_data_version_update;
DROP TRIGGER sources_data_version_delete;
DROP TRIGGER claims_data_version_insert;
DROP TRIGGER claims_data_version_update;
DROP TRIGGER claims_data_version_delete;
DROP TRIGGER events_data_version_insert;
DROP TRIGGER events_data_version_update;
DROP TRIGGER events_data_version_delete;
DROP TRIGGER event_participants_data_version_insert;
DROP TRIGGER event_participants_data_version_update;
DROP TRIGGER event_participants_data_version_delete;
DROP TRIGGER citations_data_version_insert;
DROP TRIGGER citations_data_version_update;
DROP TRIGGER citations_data_version_delete;
DROP TRIGGER relations_data_version_insert;
DROP TRIGGER relations_data_version_update;
DROP TRIGGER relations_data_version_delete;
DROP TRIGGER tags_data_version_insert;
DROP TRIGGER tags_data_version_update;
DROP TRIGGER tags_data_version_delete;
DROP TRIGGER timelines_data_version_insert;
DROP TRIGGER timelines_data_version_update;
DROP TRIGGER timelines_data_version_delete;
DROP TRIGGER timeline_entries_data_version_insert;
DROP TRIGGER timeline_entries_data_version_update;
DROP TRIGGER timeline_entries_data_version_delete;
DROP TRIGGER timeline_eras_data_version_insert;
DROP TRIGGER timeline_eras_data_version_update;
DROP TRIGGER timeline_eras_data_version_delete;
DROP TRIGGER timeline_collaborators_data_version_insert;
DROP TRIGGER timeline_collaborators_data_version_update;
DROP TRIGGER timeline_collaborators_data_version_delete;
DROP TRIGGER versions_data_version_insert;
DROP TRIGGER versions_data_version_update;
DROP TRIGGER versions_data_version_delete;
DROP TRIGGER share_links_data_version_insert;
DROP TRIGGER share_links_data_version_update;
DROP TRIGGER share_links_data_version_delete;
DROP TRIGGER users_data_version_insert;
DROP TRIGGER users_data_version_update;
DROP TRIGGER users_data_version_delete;
DROP TABLE data_version;
DROP TRIGGER events_entry_order;
DROP TRIGGER claims_entry_order;
DROP TRIGGER timeline_entries_order_insert;
DROP INDEX timeline_entries_order;
ALTER TABLE timeline_entries DROP COLUMN sort_end;
ALTER TABLE timeline_entries DROP COLUMN sort_key;
