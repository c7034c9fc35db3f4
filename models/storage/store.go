package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// ErrNotFound is returned when an item does not exist or was deleted.
var ErrNotFound = errors.New("not found")

// Store is factline's data access. On SQLite: one write connection, so that
// writers queue instead of failing with SQLITE_BUSY, and a small pool of
// readers; on PostgreSQL one pool for both.
type Store struct {
	write   *gorm.DB
	read    *gorm.DB
	dialect dialect
	inTx    bool // the Store of a transaction: WithTx runs in it, opening no SAVEPOINT
	// prepared runs the hot reads outside transactions (prepared.go).
	prepared *prepared
	// searchDeadline bounds every search.
	searchDeadline time.Duration
}

// Options tunes how a Store is opened.
type Options struct {
	// Logger receives gorm's statements; nil keeps gorm silent.
	Logger logger.Interface
	// Readers is the size of the read pool (default 4).
	Readers int
	// SearchDeadline bounds every search (default 2 s).
	SearchDeadline time.Duration
	// compiled, when set, counts the statements SQLite compiles on the
	// read pool (sqlite_connector.go), for tests of the hot reads.
	compiled *atomic.Int64
}

// Open opens the database that dsn names: a PostgreSQL database
// (postgres://…), or else the SQLite file at dsn (optionally written
// sqlite:path), created if needed, after checking that the binary was built
// with FTS5. It does not migrate: call Migrate.
func Open(dsn string, opt Options) (*Store, error) {
	if IsPostgresDSN(dsn) {
		return openPostgres(dsn, opt)
	}
	return openSQLite(strings.TrimPrefix(dsn, "sqlite:"), opt)
}

func openDialector(d gorm.Dialector, conns int, l logger.Interface, prepare bool) (*gorm.DB, error) {
	// Every write runs in WithTx already; gorm's own transaction around each
	// statement would only add SAVEPOINTs.
	db, err := gorm.Open(d, &gorm.Config{Logger: l, TranslateError: true, PrepareStmt: prepare,
		SkipDefaultTransaction: true})
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(conns)
	sqlDB.SetMaxIdleConns(conns)
	return db, nil
}

// addressKeyMigration is the migration that adds the sources' address keys,
// which Migrate then writes for the sources stored before.
const addressKeyMigration = 15

// Migrate applies the embedded SQL migrations that have not run yet.
func (s *Store) Migrate(ctx context.Context, log *slog.Logger) error {
	db, err := s.write.DB()
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	p, err := s.dialect.migrations(ctx, db)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	results, err := p.Up(ctx)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	for _, r := range results {
		if log != nil {
			log.Info("migration applied", "version", r.Source.Version, "file", r.Source.Path, "took", r.Duration)
		}
		if r.Source.Version == addressKeyMigration {
			if err := s.backfillAddressKeys(ctx); err != nil {
				return fmt.Errorf("store: migrate: %w", err)
			}
		}
	}
	return nil
}

// Close closes both connection pools.
func (s *Store) Close() error {
	var errs []error
	if s.prepared != nil {
		errs = append(errs, s.prepared.close())
	}
	for _, db := range []*gorm.DB{s.write, s.read} {
		if sqlDB, err := db.DB(); err == nil {
			errs = append(errs, sqlDB.Close())
		}
	}
	return errors.Join(errs...)
}

// WithTx runs fn inside one write transaction; fn's Store reads and writes through it.
// Within a transaction it runs fn in that same transaction: a nested gorm
// transaction would open a SAVEPOINT that is never released, one for every
// nested save of a long import, and a failure fails the whole transaction anyway.
func (s *Store) WithTx(ctx context.Context, fn func(tx *Store) error) error {
	if s.inTx {
		return fn(s)
	}
	return s.write.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return fn(&Store{write: tx, read: tx, dialect: s.dialect, inTx: true, searchDeadline: s.searchDeadline})
	})
}

// r is the reader for ctx; w the writer.
func (s *Store) r(ctx context.Context) *gorm.DB { return s.read.WithContext(ctx) }

func (s *Store) w(ctx context.Context) *gorm.DB { return s.write.WithContext(ctx) }

// DB exposes the write pool's database/sql handle, for backups and tests.
func (s *Store) DB() (*sql.DB, error) { return s.write.DB() }

// ReadDB exposes the read pool's database/sql handle, for readers outside the Store (sessions).
func (s *Store) ReadDB() (*sql.DB, error) { return s.read.DB() }

// NotFound is ErrNotFound for gorm's "record not found", else err.
func NotFound(err error) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return ErrNotFound
	}
	return err
}

// ErrBackupPostgres is returned by Backup on PostgreSQL, whose own tools copy
// a database that is in use.
var ErrBackupPostgres = errors.New("factline backup copies SQLite databases: back up PostgreSQL with pg_dump (pg_dump --format=custom --file=FILE DATABASE-URL), restore with pg_restore")

// Backup writes a consistent copy of the database to path while it is in use
// (SQLite's VACUUM INTO); path must not exist yet. On PostgreSQL it returns
// ErrBackupPostgres.
func (s *Store) Backup(ctx context.Context, path string) error {
	return s.dialect.backup(s.read.WithContext(ctx), path)
}
