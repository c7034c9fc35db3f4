package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/factline/factline/migrations"
)

// checkSQLitePath says plainly why SQLite could not keep its database at
// path, where SQLite itself says "unable to open database file: no such file
// or directory" for a folder it may not write in, or "attempt to write a
// readonly database" for an existing database there: the folder is missing,
// or not writable by the user factline runs as (SQLite writes the journal, the
// -wal and -shm files, beside the database, so even an existing database needs
// a writable folder), or the file itself is read-only.
func checkSQLitePath(path string) error {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("store: open %s: the folder %s does not exist; create it, or give --db a path in a folder that does", path, dir)
	case err != nil:
		return fmt.Errorf("store: open %s: %w", path, err)
	case !fi.IsDir():
		return fmt.Errorf("store: open %s: %s is not a folder", path, dir)
	}
	probe, err := os.CreateTemp(dir, ".factline-write-check-*")
	if err != nil {
		return fmt.Errorf("store: open %s: factline cannot write in the folder %s (%v); SQLite keeps the database's journal (its -wal and -shm files) beside it, so the folder must be writable by the user factline runs as",
			path, dir, pathReason(err))
	}
	_ = probe.Close()
	_ = os.Remove(probe.Name())
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // SQLite creates it
	}
	if err != nil {
		return fmt.Errorf("store: open %s: factline cannot write the database file (%v); make it writable by the user factline runs as", path, pathReason(err))
	}
	return f.Close()
}

// pathReason is the system's reason of a file error, without the path it names.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func openSQLite(path string, opt Options) (*Store, error) {
	if opt.Readers <= 0 {
		opt.Readers = 4
	}
	if opt.Logger == nil {
		opt.Logger = logger.Discard
	}
	if opt.SearchDeadline <= 0 {
		opt.SearchDeadline = 2 * time.Second
	}
	if err := checkSQLitePath(path); err != nil {
		return nil, err
	}
	params := url.Values{}
	params.Set("_journal_mode", "WAL")
	params.Set("_synchronous", "NORMAL")
	params.Set("_foreign_keys", "on")
	params.Set("_busy_timeout", "10000")
	writeParams := url.Values{}
	for k, v := range params {
		writeParams[k] = v
	}
	writeParams.Set("_txlock", "immediate")

	// The writer prepares no statements: its cache would grow with every
	// statement text a long import writes, and SQLite prepares in microseconds.
	w, err := openGorm("file:"+path+"?"+writeParams.Encode(), 1, opt.Logger, false)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	r, err := openDialector(sqlite.New(sqlite.Config{Conn: sql.OpenDB(sqliteConnector{dsn: "file:" + path + "?" + params.Encode(),
		compiled: opt.compiled})}), opt.Readers, opt.Logger, true)
	if err != nil {
		return nil, fmt.Errorf("store: open %s for reading: %w", path, err)
	}
	s := &Store{write: w, read: r, dialect: sqliteDialect{}, searchDeadline: opt.SearchDeadline}
	readDB, err := r.DB()
	if err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("store: open %s for reading: %w", path, err)
	}
	s.prepared = newPrepared(readDB, s.dialect, opt.Logger)
	if err := s.checkFTS5(); err != nil {
		_ = s.Close()
		return nil, err
	}
	return s, nil
}

func openGorm(dsn string, conns int, l logger.Interface, prepare bool) (*gorm.DB, error) {
	return openDialector(sqlite.New(sqlite.Config{Conn: sql.OpenDB(sqliteConnector{dsn: dsn})}), conns, l, prepare)
}

// checkFTS5 refuses a binary built without the sqlite_fts5 tag; without it FTS5
// would fail only when search is first used.
func (s *Store) checkFTS5() error {
	var used int
	if err := s.read.Raw("SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&used).Error; err != nil {
		return fmt.Errorf("store: check FTS5: %w", err)
	}
	if used != 1 {
		return errors.New("store: this binary's SQLite has no FTS5: build factline with `-tags sqlite_fts5`")
	}
	return nil
}

// sqliteDialect is SQLite's side of the dialect (dialect.go).
type sqliteDialect struct{}

func (sqliteDialect) engine() Engine { return SQLite }

func (sqliteDialect) jsonArray(expr string) string   { return "json_group_array(" + expr + ")" }
func (sqliteDialect) jsonObject(pairs string) string { return "json_object(" + pairs + ")" }
func (sqliteDialect) jsonBool(expr string) string {
	return "json(CASE WHEN " + expr + " THEN 'true' ELSE 'false' END)"
}
func (sqliteDialect) nocase(expr string) string { return expr + " COLLATE NOCASE" }
func (sqliteDialect) ilike() string             { return "LIKE" }

// bindVars writes each placeholder as +?, which SQLite reads as the bound
// value itself but cannot plan by. SQLite plans some statements by the
// values bound when they were compiled (a LIMIT, an equality that decides a
// join's order) and marks them to be compiled again when another value is
// bound; the driver clears a statement's bindings before binding the next,
// so each such statement was parsed and planned again on every run — on the
// signed-in claim page, most of SQLite's time (TestHotReadsAreCompiledOnce).
// The unary plus keeps the plan the same for every value, as the query
// planner stability guarantee (SQLITE_DBCONFIG_ENABLE_QPSG, which the driver
// does not expose) would. The Store's own statements contain no ? but
// placeholders.
func (sqliteDialect) bindVars(q string) string { return strings.ReplaceAll(q, "?", "+?") }

// sessionLive: scs keeps the expiry as a Julian day on SQLite.
func (sqliteDialect) sessionLive() string { return "julianday('now') < expiry" }

// serialize has nothing to do: on SQLite every write transaction is already
// one at a time.
func (sqliteDialect) serialize(*gorm.DB, string) error { return nil }

func (sqliteDialect) migrations(_ context.Context, db *sql.DB) (*goose.Provider, error) {
	return goose.NewProvider(goose.DialectSQLite3, db, migrations.FS)
}

// backup copies with VACUUM INTO; path must not exist yet.
func (sqliteDialect) backup(db *gorm.DB, path string) error {
	if err := db.Exec("VACUUM INTO ?", path).Error; err != nil {
		return fmt.Errorf("store: back up to %s: %w", path, err)
	}
	return nil
}

func (sqliteDialect) tablesQuery() string {
	return "SELECT name FROM sqlite_master WHERE type = 'table'"
}

func (sqliteDialect) columnsQuery() string {
	return "SELECT name, lower(type) AS type FROM pragma_table_info(?)"
}

func (sqliteDialect) generatedQuery() string {
	return "SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)"
}

// bytesColumn: SQLite keeps bytes in any column but a text one (and one
// declared without a type, which PostgreSQL's text arrives in).
func (sqliteDialect) bytesColumn(typ string) bool { return typ != "text" && typ != "" }

// restartIDs has nothing to do: SQLite takes the next id from the table.
func (sqliteDialect) restartIDs(context.Context, *Store, []string) error { return nil }
