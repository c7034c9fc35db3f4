-- Which user each signed-in session belongs to, so that a password change or a
-- disabled account ends every session of the user, and the user can list and
-- end their own. The token is scs's key into sessions; a session without a row
-- here is signed out.

-- +goose Up
CREATE TABLE user_sessions (
    id         INTEGER PRIMARY KEY,
    token      TEXT    NOT NULL UNIQUE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_agent TEXT    NOT NULL DEFAULT '',
    address    TEXT    NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL
);
CREATE INDEX user_sessions_user ON user_sessions (user_id);

-- +goose Down
DROP TABLE user_sessions;
