package storage

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
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
	s := &Store{write: db, read: db, dialect: postgresDialect{}, searchDeadline: opt.SearchDeadline}
	sqlDB, err := db.DB()
	if err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("store: open %s: %w", redactDSN(dsn), err)
	}
	s.prepared = newPrepared(sqlDB, s.dialect, opt.Logger)
	if err := s.read.Exec("SELECT 1").Error; err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("store: open %s: %w", redactDSN(dsn), err)
	}
	return s, nil
}

// migrations is goose's Provider for the PostgreSQL tree, holding a
// session advisory lock while it migrates, so that instances starting at once
// migrate one after the other. The lock is per schema, so that databases in
// different schemas (the tests') migrate side by side.
func (postgresDialect) migrations(ctx context.Context, db *sql.DB) (*goose.Provider, error) {
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

// postgresDialect is PostgreSQL's side of the dialect (dialect.go).
type postgresDialect struct{}

func (postgresDialect) engine() Engine { return Postgres }

func (postgresDialect) jsonArray(expr string) string   { return "json_agg(" + expr + ")" }
func (postgresDialect) jsonObject(pairs string) string { return "json_build_object(" + pairs + ")" }
func (postgresDialect) jsonBool(expr string) string    { return "(" + expr + ")" }
func (postgresDialect) nocase(expr string) string      { return "lower(" + expr + ")" }
func (postgresDialect) ilike() string                  { return "ILIKE" }

// bindVars numbers the placeholders, $1, $2…: the Store's own statements
// contain no ? but placeholders.
func (postgresDialect) bindVars(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sessionLive: scs keeps the expiry as a timestamptz on PostgreSQL.
func (postgresDialect) sessionLive() string { return "now() < expiry" }

// serialize takes a transaction-scoped advisory lock.
func (postgresDialect) serialize(db *gorm.DB, name string) error {
	if err := db.Exec("SELECT pg_advisory_xact_lock(hashtext(?))", "factline "+name).Error; err != nil {
		return fmt.Errorf("store: lock %s: %w", name, err)
	}
	return nil
}

// backup is refused: PostgreSQL's own tools copy a database that is in use.
func (postgresDialect) backup(*gorm.DB, string) error { return ErrBackupPostgres }

func (postgresDialect) tablesQuery() string {
	return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
}

func (postgresDialect) columnsQuery() string {
	return `SELECT column_name AS name, lower(data_type) AS type FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'`
}

func (postgresDialect) generatedQuery() string {
	return `SELECT column_name FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? AND is_generated <> 'NEVER'`
}

// bytesColumn: PostgreSQL keeps bytes in bytea columns alone.
func (postgresDialect) bytesColumn(typ string) bool { return typ == "bytea" }

// restartIDs moves the identity sequences past the ids copied in, so that the
// next row gets a new one.
func (postgresDialect) restartIDs(ctx context.Context, s *Store, tables []string) error {
	for _, t := range tables {
		cols, err := s.ColumnTypes(ctx, t)
		if err != nil {
			return fmt.Errorf("copy: columns of %s: %w", t, err)
		}
		if _, ok := cols["id"]; !ok {
			continue
		}
		var seq sql.NullString
		if err := s.r(ctx).Raw("SELECT pg_get_serial_sequence(?, 'id')", t).Scan(&seq).Error; err != nil {
			return fmt.Errorf("copy: sequence of %s: %w", t, err)
		}
		if !seq.Valid || seq.String == "" {
			continue
		}
		if err := s.w(ctx).Exec("SELECT setval(?, COALESCE((SELECT max(id) FROM "+t+"), 0) + 1, false)", seq.String).Error; err != nil {
			return fmt.Errorf("copy: restart ids of %s: %w", t, err)
		}
	}
	return nil
}

// redactDSN is a PostgreSQL URL without its password, for messages and logs.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "the PostgreSQL database"
	}
	return u.Redacted()
}
