package storage

import (
	"context"
	"fmt"
	"net/url"
	"strings"
)

// Dialect is the database engine a Store runs on. Every statement that differs
// between the engines is chosen here or in the search (search_store.go,
// search_postgres.go); migrations have one tree per engine
// (migrations/, migrations/postgres/).
type Dialect string

// The engines factline runs on.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// IsPostgresDSN reports whether a --db value names a PostgreSQL database
// (postgres://… or postgresql://…) rather than a SQLite file.
func IsPostgresDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Dialect is the engine s runs on.
func (s *Store) Dialect() Dialect { return s.dialect }

// postgresJSON rewrites SQLite's JSON functions to PostgreSQL's, which take the
// same arguments; json_agg of no rows is NULL where json_group_array gives [],
// which the readers of these columns take as empty (emptyJSON).
var postgresJSON = strings.NewReplacer("json_group_array(", "json_agg(", "json_object(", "json_build_object(")

// sql returns query in s's dialect: written for SQLite, with JSON functions
// rewritten for PostgreSQL.
func (s *Store) sql(query string) string {
	if s.dialect == Postgres {
		return postgresJSON.Replace(query)
	}
	return query
}

// emptyJSON is "[]" for an aggregate of no rows as PostgreSQL returns it (NULL,
// scanned as ""), else raw.
func emptyJSON(raw string) string {
	if raw == "" {
		return "[]"
	}
	return raw
}

// jsonBool is a boolean expression as a JSON true or false inside a JSON
// object: SQLite's booleans are integers, which JSON would write as 0 and 1.
func (s *Store) jsonBool(expr string) string {
	if s.dialect == Postgres {
		return "(" + expr + ")"
	}
	return "json(CASE WHEN " + expr + " THEN 'true' ELSE 'false' END)"
}

// nocase is an expression comparing without regard to ASCII case, as SQLite's
// COLLATE NOCASE does.
func (s *Store) nocase(expr string) string {
	if s.dialect == Postgres {
		return "lower(" + expr + ")"
	}
	return expr + " COLLATE NOCASE"
}

// ilike is the operator of a LIKE that ignores ASCII case, as SQLite's LIKE does.
func (s *Store) ilike() string {
	if s.dialect == Postgres {
		return "ILIKE"
	}
	return "LIKE"
}

// redactDSN is a PostgreSQL URL without its password, for messages and logs.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "the PostgreSQL database"
	}
	return u.Redacted()
}

// sessionLive is a condition on a row of sessions that it has not expired: scs
// keeps the expiry as a Julian day on SQLite, as a timestamptz on PostgreSQL.
func (s *Store) sessionLive() string {
	if s.dialect == Postgres {
		return "now() < expiry"
	}
	return "julianday('now') < expiry"
}

// serialize makes the transaction of s wait for any other that serializes on
// the same name, until it ends, so that a check and the write it allows are
// one step: on SQLite every write transaction is already one at a time; on
// PostgreSQL it takes a transaction-scoped advisory lock.
func (s *Store) serialize(ctx context.Context, name string) error {
	if s.dialect != Postgres {
		return nil
	}
	if err := s.w(ctx).Exec("SELECT pg_advisory_xact_lock(hashtext(?))", "factline "+name).Error; err != nil {
		return fmt.Errorf("store: lock %s: %w", name, err)
	}
	return nil
}
