package storage

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"io/fs"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"gorm.io/driver/postgres"
	"gorm.io/gorm/logger"

	"github.com/factline/factline/migrations"
)

// postgresConns is the size of the one pool a PostgreSQL Store reads and
// writes through: PostgreSQL lets writers work side by side, so nothing needs
// a connection of its own.
const postgresConns = 16

// openPostgres opens the PostgreSQL database at dsn (postgres://…) through
// pgx. It does not migrate: call Migrate.
func openPostgres(dsn string, opt Options) (*Store, error) {
	if opt.Logger == nil {
		opt.Logger = logger.Discard
	}
	if opt.SearchDeadline <= 0 {
		opt.SearchDeadline = 2 * time.Second
	}
	db, err := openDialector(postgres.Open(dsn), postgresConns, opt.Logger, true)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", redactDSN(dsn), err)
	}
	s := &Store{write: db, read: db, dialect: Postgres, searchDeadline: opt.SearchDeadline}
	if err := s.read.Exec("SELECT 1").Error; err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("store: open %s: %w", redactDSN(dsn), err)
	}
	return s, nil
}

// postgresMigrations is goose's Provider for the PostgreSQL tree, holding a
// session advisory lock while it migrates, so that instances starting at once
// migrate one after the other. The lock is per schema, so that databases in
// different schemas (the tests') migrate side by side.
func (s *Store) postgresMigrations(ctx context.Context, db *sql.DB) (*goose.Provider, error) {
	var schema string
	if err := db.QueryRowContext(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		return nil, err
	}
	h := fnv.New64a()
	h.Write([]byte("factline migrations " + schema))
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64() >> 1)))
	if err != nil {
		return nil, err
	}
	tree, err := fs.Sub(migrations.PostgresFS, "postgres")
	if err != nil {
		return nil, err
	}
	return goose.NewProvider(goose.DialectPostgres, db, tree, goose.WithSessionLocker(locker))
}
