package storage

import (
	"context"
	"database/sql"
	"strings"

	"github.com/pressly/goose/v3"
	"gorm.io/gorm"
)

// Engine names a database engine a Store runs on.
type Engine string

// The engines factline runs on.
const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// IsPostgresDSN reports whether a --db value names a PostgreSQL database
// (postgres://… or postgresql://…) rather than a SQLite file.
func IsPostgresDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// dialect is everything the Store does differently on each engine: every
// statement, fragment or step that is not the same on both is asked of it, and
// each engine answers in its own file (dialect_sqlite.go, dialect_postgres.go),
// so that nothing else compares engines. The schemas have one migration tree
// per engine (migrations/, migrations/postgres/).
type dialect interface {
	engine() Engine

	// jsonArray aggregates expr over the rows into a JSON array: an empty one
	// on SQLite, NULL on PostgreSQL when there are no rows, which the readers
	// of these columns take as empty (emptyJSON).
	jsonArray(expr string) string
	// jsonObject builds a JSON object of pairs ('key', value, 'key', value…).
	jsonObject(pairs string) string
	// jsonBool is a boolean expression as a JSON true or false inside a JSON
	// object: SQLite's booleans are integers, which JSON would write as 0 and 1.
	jsonBool(expr string) string
	// bindVars is q, written with ? placeholders, as the engine's prepared
	// statements take their placeholders.
	bindVars(q string) string
	// nocase is an expression compared without regard to ASCII case, as
	// SQLite's COLLATE NOCASE does.
	nocase(expr string) string
	// ilike is the operator of a LIKE that ignores ASCII case, as SQLite's LIKE does.
	ilike() string
	// sessionLive is a condition on a row of sessions that it has not expired.
	sessionLive() string

	// serialize makes the transaction of db wait for any other that serializes
	// on the same name, until it ends, so that a check and the write it allows
	// are one step.
	serialize(db *gorm.DB, name string) error
	// migrations is goose's Provider of the engine's migration tree.
	migrations(ctx context.Context, db *sql.DB) (*goose.Provider, error)
	// backup writes a consistent copy of the database to path while it is in use.
	backup(db *gorm.DB, path string) error

	// tablesQuery lists the tables; columnsQuery the columns of table ? that
	// can be written, with their types in lower case (name, type);
	// generatedQuery the columns of table ? that the database computes.
	tablesQuery() string
	columnsQuery() string
	generatedQuery() string
	// bytesColumn reports whether a column of type typ (lower case) keeps
	// bytes as they are read, rather than as text.
	bytesColumn(typ string) bool
	// restartIDs moves the ids the next rows of tables get past those copied in.
	restartIDs(ctx context.Context, s *Store, tables []string) error
}

// Engine is the engine s runs on.
func (s *Store) Engine() Engine { return s.dialect.engine() }

// emptyJSON is "[]" for an aggregate of no rows as PostgreSQL returns it (NULL,
// scanned as ""), else raw.
func emptyJSON(raw string) string {
	if raw == "" {
		return "[]"
	}
	return raw
}
