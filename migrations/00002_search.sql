-- Full-text search over actors, sources, claims, events and timelines (ARCHITECTURE.md §8).
-- One FTS5 table; its rowid is the item's id times 8 plus a code for its kind, so the
-- triggers that keep it in step find an item's row by rowid. Soft-deleted items leave it.

-- +goose Up
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    item_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER actors_search_insert AFTER INSERT ON actors BEGIN
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 1, 'actor', NEW.id, NEW.name, NEW.aliases || ' ' || NEW.description
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER actors_search_update AFTER UPDATE ON actors BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 1, 'actor', NEW.id, NEW.name, NEW.aliases || ' ' || NEW.description
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER actors_search_delete AFTER DELETE ON actors BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 2, 'source', NEW.id, NEW.title, NEW.publisher || ' ' || NEW.author || ' ' || NEW.text
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER sources_search_update AFTER UPDATE ON sources BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 2, 'source', NEW.id, NEW.title, NEW.publisher || ' ' || NEW.author || ' ' || NEW.text
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 3, 'claim', NEW.id, NEW.text, COALESCE((SELECT name FROM actors WHERE id = NEW.speaker_id), '') || ' ' || NEW.rationale
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_search_update AFTER UPDATE ON claims BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 3, 'claim', NEW.id, NEW.text, COALESCE((SELECT name FROM actors WHERE id = NEW.speaker_id), '') || ' ' || NEW.rationale
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 4, 'event', NEW.id, NEW.title, NEW.description || ' ' || NEW.place
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER events_search_update AFTER UPDATE ON events BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 4, 'event', NEW.id, NEW.title, NEW.description || ' ' || NEW.place
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timelines_search_insert AFTER INSERT ON timelines BEGIN
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 5, 'timeline', NEW.id, NEW.title, NEW.summary
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timelines_search_update AFTER UPDATE ON timelines BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 5, 'timeline', NEW.id, NEW.title, NEW.summary
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timelines_search_delete AFTER DELETE ON timelines BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER actors_search_insert;
DROP TRIGGER actors_search_update;
DROP TRIGGER actors_search_delete;
DROP TRIGGER sources_search_insert;
DROP TRIGGER sources_search_update;
DROP TRIGGER sources_search_delete;
DROP TRIGGER claims_search_insert;
DROP TRIGGER claims_search_update;
DROP TRIGGER claims_search_delete;
DROP TRIGGER events_search_insert;
DROP TRIGGER events_search_update;
DROP TRIGGER events_search_delete;
DROP TRIGGER timelines_search_insert;
DROP TRIGGER timelines_search_update;
DROP TRIGGER timelines_search_delete;
DROP TABLE search_index;
