-- The sign-in limiter's counts, in the database rather than in one process's
-- memory, so that instances sharing a database share them: five failures are
-- five whichever instance saw them. Each attempt is counted on every key it
-- touches (an account at an address, an address), under one attempt id that a
-- successful sign-in takes back; rows older than the window are swept.

-- +goose Up
CREATE TABLE login_attempts (
    id      INTEGER PRIMARY KEY,
    attempt TEXT     NOT NULL,
    key     TEXT     NOT NULL,
    at      DATETIME NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (key, at);
CREATE INDEX login_attempts_at ON login_attempts (at);
CREATE INDEX login_attempts_attempt ON login_attempts (attempt);

-- +goose Down
DROP TABLE login_attempts;
