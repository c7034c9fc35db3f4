package storage

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/factline/factline/migrations"
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

// copyMigratedSQLite writes to path a copy of a SQLite database that the
// migrations made: one file a version of the migrations, made once in the
// user's cache folder (beside Go's build cache; not the temporary folder, which
// tests of temp files watch) by whichever test process needs it first and
// shared by every later one. A fresh test database then costs a file copy
// instead of the thirty-odd migrations, which took a sixth of the web tests'
// time; the Store's Migrate still runs on the copy and finds nothing to apply.
func copyMigratedSQLite(path string) error {
	tmpl, err := migratedSQLiteTemplate()
	if err != nil {
		return fmt.Errorf("test database template: %w", err)
	}
	b, err := os.ReadFile(tmpl)
	if err != nil {
		return fmt.Errorf("test database template: %w", err)
	}
	return os.WriteFile(path, b, 0o600)
}

// migratedSQLiteTemplate returns the path of the migrated template for the
// migrations this binary embeds, named by their hash, making it if missing.
// It is migrated under another name and renamed into place, so that a process
// never copies a template another is still migrating.
func migratedSQLiteTemplate() (string, error) {
	h := sha256.New()
	err := fs.WalkDir(migrations.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(migrations.FS, name)
		fmt.Fprintf(h, "%s %d\n", name, len(b))
		h.Write(b)
		return err
	})
	if err != nil {
		return "", err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	cache = filepath.Join(cache, "factline-test")
	if err := os.MkdirAll(cache, 0o700); err != nil {
		return "", err
	}
	tmpl := filepath.Join(cache, "migrated-"+hex.EncodeToString(h.Sum(nil)[:8])+".db")
	if _, err := os.Stat(tmpl); err == nil {
		return tmpl, nil
	}
	dir, err := os.MkdirTemp(cache, "making-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	made := filepath.Join(dir, "test.db")
	s, err := Open(made, Options{})
	if err != nil {
		return "", err
	}
	err = s.Migrate(context.Background(), nil)
	// Closing the last connection checkpoints the write-ahead log into the file.
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	return tmpl, os.Rename(made, tmpl)
}
