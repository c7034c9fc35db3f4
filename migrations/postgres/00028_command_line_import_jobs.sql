-- PostgreSQL twin of ../00028_command_line_import_jobs.sql: the operator's
-- command-line imports are journalled with no user.

-- +goose Up
ALTER TABLE import_jobs ALTER COLUMN user_id DROP NOT NULL;

-- +goose Down
DELETE FROM import_jobs WHERE user_id IS NULL;
ALTER TABLE import_jobs ALTER COLUMN user_id SET NOT NULL;
