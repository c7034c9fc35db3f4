-- What was fetched, kept (issue 24 items 1 and 2): a capture is a source's
-- bytes as factline received them — for a page fetched by its address, the
-- HTTP requests and responses as a WARC file; for an uploaded file, the file —
-- with where it came from, when, who captured it and the digests of the
-- payload and of the text extracted from it. The bytes live in the database
-- (capture_blobs, keyed by their SHA-256, so one payload stored twice takes
-- its room once), so that a backup, `factline copy` and every instance on the
-- database carry them with the rows that describe them (ARCHITECTURE.md §9).
-- A capture is never rewritten: the triggers refuse any change but the one
-- that ties a capture made before its source existed (the capture form's
-- review) to that source. capture_timestamps holds each authority's RFC 3161
-- token over the kept bytes' SHA-256. A citation records the capture its
-- source had when it was made.

-- +goose Up
CREATE TABLE capture_blobs (
    sha256 TEXT    PRIMARY KEY,
    size   INTEGER NOT NULL,
    bytes  BLOB    NOT NULL
);

CREATE TABLE captures (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER REFERENCES sources (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('fetch', 'upload')),
    requested_url  TEXT    NOT NULL DEFAULT '',
    final_url      TEXT    NOT NULL DEFAULT '',
    status         INTEGER NOT NULL DEFAULT 0,
    captured_at    DATETIME NOT NULL,
    captured_by    INTEGER REFERENCES users (id),
    content_type   TEXT    NOT NULL DEFAULT '',
    filename       TEXT    NOT NULL DEFAULT '',
    payload_size   INTEGER NOT NULL,
    payload_sha256 TEXT    NOT NULL,
    text_sha256    TEXT    NOT NULL DEFAULT '',
    stored_sha256  TEXT    NOT NULL REFERENCES capture_blobs (sha256)
);
CREATE INDEX captures_source ON captures (source_id, id);
CREATE INDEX captures_stored ON captures (stored_sha256);

CREATE TABLE capture_timestamps (
    id         INTEGER PRIMARY KEY,
    capture_id INTEGER NOT NULL REFERENCES captures (id),
    authority  TEXT    NOT NULL,
    token      BLOB    NOT NULL,
    stamped_at DATETIME NOT NULL
);
CREATE INDEX capture_timestamps_capture ON capture_timestamps (capture_id, id);

ALTER TABLE citations ADD COLUMN capture_id INTEGER REFERENCES captures (id);

-- +goose StatementBegin
CREATE TRIGGER captures_never_rewritten BEFORE UPDATE ON captures
WHEN OLD.source_id IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind
  OR NEW.requested_url IS NOT OLD.requested_url OR NEW.final_url IS NOT OLD.final_url OR NEW.status IS NOT OLD.status
  OR NEW.captured_at IS NOT OLD.captured_at OR NEW.captured_by IS NOT OLD.captured_by
  OR NEW.content_type IS NOT OLD.content_type OR NEW.filename IS NOT OLD.filename
  OR NEW.payload_size IS NOT OLD.payload_size OR NEW.payload_sha256 IS NOT OLD.payload_sha256
  OR NEW.text_sha256 IS NOT OLD.text_sha256 OR NEW.stored_sha256 IS NOT OLD.stored_sha256
BEGIN
    SELECT RAISE(ABORT, 'captures are never rewritten');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER capture_blobs_never_rewritten BEFORE UPDATE ON capture_blobs
BEGIN
    SELECT RAISE(ABORT, 'captures are never rewritten');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER capture_timestamps_never_rewritten BEFORE UPDATE ON capture_timestamps
BEGIN
    SELECT RAISE(ABORT, 'captures are never rewritten');
END;
-- +goose StatementEnd

-- A source's page shows its captures: kept or tied to a source, or stamped,
-- they change what pages show (ARCHITECTURE.md §9, data_version).
CREATE TRIGGER captures_data_version_insert AFTER INSERT ON captures BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER captures_data_version_update AFTER UPDATE ON captures BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER capture_timestamps_data_version_insert AFTER INSERT ON capture_timestamps BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;

-- +goose Down
DROP TRIGGER capture_timestamps_data_version_insert;
DROP TRIGGER captures_data_version_update;
DROP TRIGGER captures_data_version_insert;
DROP TRIGGER capture_timestamps_never_rewritten;
DROP TRIGGER capture_blobs_never_rewritten;
DROP TRIGGER captures_never_rewritten;
ALTER TABLE citations DROP COLUMN capture_id;
DROP TABLE capture_timestamps;
DROP TABLE captures;
DROP TABLE capture_blobs;
