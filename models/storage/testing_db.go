package storage

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"
)

// TestDBEnv names the environment variable that runs the tests on PostgreSQL:
// FACTLINE_TEST_DB=postgres://… gives every test a fresh schema of that
// database; unset, every test has a fresh SQLite file.
const TestDBEnv = "FACTLINE_TEST_DB"

// TestEngine is the engine the tests run on (TestDBEnv).
func TestEngine() Engine {
	if IsPostgresDSN(os.Getenv(TestDBEnv)) {
		return Postgres
	}
	return SQLite
}

// TestDSN returns the DSN of a fresh, empty database for one test: a SQLite
// file in the test's temporary folder or, when TestDBEnv names a PostgreSQL
// database, a new schema of it (t_ and random hex), which the DSN's
// search_path selects and which is dropped when the test ends.
func TestDSN(tb TB) string {
	tb.Helper()
	base := os.Getenv(TestDBEnv)
	if !IsPostgresDSN(base) {
		return filepath.Join(tb.TempDir(), "test.db")
	}
	dsn, drop, err := newTestSchema(base)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := drop(); err != nil {
			tb.Fatal(err)
		}
	})
	return dsn
}

// newTestSchema creates a schema in the PostgreSQL database at base and
// returns a DSN that uses it, and a function that drops it.
func newTestSchema(base string) (string, func() error, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", TestDBEnv, err)
	}
	var b [8]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", base)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", TestDBEnv, err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// The extensions live in public, once a database: create them before
	// migrations in parallel tests would race to.
	if _, err := db.ExecContext(ctx, "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public"); err != nil {
		if _, err := db.ExecContext(ctx, "SELECT 'public.unaccent'::regdictionary"); err != nil {
			return "", nil, fmt.Errorf("%s: create extension unaccent: %w", TestDBEnv, err)
		}
	}
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		return "", nil, fmt.Errorf("%s: create schema: %w", TestDBEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	drop := func() error {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return err
		}
		defer db.Close()
		if _, err := db.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			return fmt.Errorf("%s: drop schema %s: %w", TestDBEnv, schema, err)
		}
		return nil
	}
	return u.String(), drop, nil
}

// SkipOn skips a test that is about one engine's internals when the tests run
// on another; why says what it checks.
func SkipOn(tb interface {
	Helper()
	Skip(args ...any)
}, d Engine, why string) {
	tb.Helper()
	if TestEngine() == d {
		tb.Skip("engine-specific (" + string(d) + "): " + why)
	}
}
