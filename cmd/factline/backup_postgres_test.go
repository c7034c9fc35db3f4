package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// TestBackupOfPostgresRestoresWithPgRestore backs up the demo database, kept
// in a schema of its own, with factline backup (pg_dump), restores the file
// with pg_restore into a new database, and finds every table's row count and
// every timeline's JSON twin as they were.
func TestBackupOfPostgresRestoresWithPgRestore(t *testing.T) {
	if storage.TestEngine() != storage.Postgres {
		t.Skip("backs up PostgreSQL with pg_dump: set FACTLINE_TEST_DB=postgres://…")
	}
	if _, err := exec.LookPath("pg_restore"); err != nil {
		t.Skip("pg_dump and pg_restore are not on the PATH")
	}
	ctx := context.Background()
	pg := storage.TestDSN(t)
	target := newPostgresDatabase(t)
	if _, err := demo.Load(models.AsSystem(ctx), storage.NewTestStoreAt(t, pg)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "factline.dump")
	var out, errs bytes.Buffer
	if err := run(t.Context(), []string{"backup", "--db", pg, file}, nil, &out, &errs); err != nil {
		t.Fatalf("backup: %v\n%s", err, errs.String())
	}
	restore := exec.Command("pg_restore", "--no-owner", "--dbname="+target, file)
	if msg, err := restore.CombinedOutput(); err != nil {
		t.Fatalf("pg_restore: %v\n%s", err, msg)
	}
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", mustQuery(t, pg).Get("search_path"))
	u.RawQuery = q.Encode()
	if got, want := dump(t, u.String()), dump(t, pg); got != want {
		t.Errorf("the restored database differs:\n%s", firstDifference(got, want))
	}
}

// newPostgresDatabase creates an empty database, with the unaccent extension
// factline's search needs, beside the tests' one; it is dropped when the test
// ends.
func newPostgresDatabase(t *testing.T) string {
	t.Helper()
	base := os.Getenv(storage.TestDBEnv)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = admin.Close() })
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "restore_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE " + name + " WITH (FORCE)"); err != nil {
			t.Error(err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE EXTENSION unaccent WITH SCHEMA public"); err != nil {
		t.Fatal(err)
	}
	return u.String()
}

func mustQuery(t *testing.T, dsn string) url.Values {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query()
}
