-- PostgreSQL twin of ../00011_consistency.sql. The search triggers of
-- 00002 were written as SQLite's stand after this migration, so what is left
-- is the owner's reference, which PostgreSQL can add as a foreign key, and the
-- index of a user's collaborations.

-- +goose Up
ALTER TABLE timelines ADD CONSTRAINT timelines_owner FOREIGN KEY (owner_id) REFERENCES users (id);
CREATE INDEX timeline_collaborators_user ON timeline_collaborators (user_id);

-- +goose Down
DROP INDEX timeline_collaborators_user;
ALTER TABLE timelines DROP CONSTRAINT timelines_owner;
