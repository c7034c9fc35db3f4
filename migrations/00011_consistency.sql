-- Search rows that follow every change they copy, and references that hold.
--
-- A claim's search row copies its speaker's name: renaming the speaker, or
-- deleting or restoring them, now rewrites their claims' rows too, and a deleted
-- speaker's name leaves them. Each update trigger fires only when a column it
-- indexes changes (a version bump no longer re-indexes a source's 4 MiB of text).
-- timelines.owner_id refers to a user (SQLite cannot add a foreign key to an
-- existing column: triggers hold it), and a user's collaborations are indexed.

-- +goose Up
DROP TRIGGER actors_search_update;
DROP TRIGGER sources_search_update;
DROP TRIGGER claims_search_insert;
DROP TRIGGER claims_search_update;
DROP TRIGGER events_search_update;
DROP TRIGGER timelines_search_update;

-- +goose StatementBegin
CREATE TRIGGER actors_search_update AFTER UPDATE OF name, aliases, description, deleted_at ON actors BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 1, 'actor', NEW.id, NEW.name, NEW.aliases || ' ' || NEW.description
    WHERE NEW.deleted_at IS NULL;
    DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + 3 FROM claims WHERE speaker_id = NEW.id);
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT c.id * 8 + 3, 'claim', c.id, c.text, CASE WHEN NEW.deleted_at IS NULL THEN NEW.name ELSE '' END || ' ' || c.rationale
    FROM claims c WHERE c.speaker_id = NEW.id AND c.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER sources_search_update AFTER UPDATE OF title, publisher, author, text, deleted_at ON sources BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 2, 'source', NEW.id, NEW.title, NEW.publisher || ' ' || NEW.author || ' ' || NEW.text
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 3, 'claim', NEW.id, NEW.text,
        COALESCE((SELECT name FROM actors WHERE id = NEW.speaker_id AND deleted_at IS NULL), '') || ' ' || NEW.rationale
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER claims_search_update AFTER UPDATE OF text, rationale, speaker_id, deleted_at ON claims BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 3, 'claim', NEW.id, NEW.text,
        COALESCE((SELECT name FROM actors WHERE id = NEW.speaker_id AND deleted_at IS NULL), '') || ' ' || NEW.rationale
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER events_search_update AFTER UPDATE OF title, description, place, deleted_at ON events BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 4, 'event', NEW.id, NEW.title, NEW.description || ' ' || NEW.place
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timelines_search_update AFTER UPDATE OF title, summary, deleted_at ON timelines BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 5, 'timeline', NEW.id, NEW.title, NEW.summary
    WHERE NEW.deleted_at IS NULL;
END;
-- +goose StatementEnd

-- Rows written before this migration: claims whose speaker was renamed or deleted.
DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + 3 FROM claims);
INSERT INTO search_index (rowid, kind, item_id, title, body)
SELECT c.id * 8 + 3, 'claim', c.id, c.text, COALESCE(a.name, '') || ' ' || c.rationale
FROM claims c LEFT JOIN actors a ON a.id = c.speaker_id AND a.deleted_at IS NULL
WHERE c.deleted_at IS NULL;

-- +goose StatementBegin
CREATE TRIGGER timelines_owner_insert BEFORE INSERT ON timelines
WHEN NEW.owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.owner_id) BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: timelines.owner_id');
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER timelines_owner_update BEFORE UPDATE OF owner_id ON timelines
WHEN NEW.owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.owner_id) BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: timelines.owner_id');
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER users_owner_delete BEFORE DELETE ON users
WHEN EXISTS (SELECT 1 FROM timelines WHERE owner_id = OLD.id) BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: timelines.owner_id');
END;
-- +goose StatementEnd

CREATE INDEX timeline_collaborators_user ON timeline_collaborators (user_id);

-- +goose Down
DROP INDEX timeline_collaborators_user;
DROP TRIGGER users_owner_delete;
DROP TRIGGER timelines_owner_update;
DROP TRIGGER timelines_owner_insert;
DROP TRIGGER actors_search_update;
DROP TRIGGER sources_search_update;
DROP TRIGGER claims_search_insert;
DROP TRIGGER claims_search_update;
DROP TRIGGER events_search_update;
DROP TRIGGER timelines_search_update;

-- +goose StatementBegin
CREATE TRIGGER actors_search_update AFTER UPDATE ON actors BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 1, 'actor', NEW.id, NEW.name, NEW.aliases || ' ' || NEW.description
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
CREATE TRIGGER events_search_update AFTER UPDATE ON events BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT NEW.id * 8 + 4, 'event', NEW.id, NEW.title, NEW.description || ' ' || NEW.place
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
