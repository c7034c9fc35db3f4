package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/dbcopy"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// TestCopyRoundTripsThroughPostgres copies the demo database, and one of a
// generated 10,000-entry timeline, from SQLite to PostgreSQL and back into a
// new SQLite file: every table has as many rows at each step, and every
// timeline's JSON twin is the same on all three.
func TestCopyRoundTripsThroughPostgres(t *testing.T) {
	if storage.TestEngine() != storage.Postgres {
		t.Skip("copies between SQLite and PostgreSQL: set FACTLINE_TEST_DB=postgres://…")
	}
	for _, c := range []struct {
		name string
		fill func(*storage.Store)
	}{
		{"demo", func(s *storage.Store) {
			if _, err := demo.Load(models.AsSystem(context.Background()), s); err != nil {
				t.Fatal(err)
			}
		}},
		{"10000 entries", func(s *storage.Store) { storage.SeedTimeline(t, s, "big", 10_000) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			first := filepath.Join(t.TempDir(), "first.db")
			c.fill(storage.NewTestStoreAt(t, first))
			pg := storage.TestDSN(t)
			back := filepath.Join(t.TempDir(), "back.db")
			for _, step := range [][2]string{{"sqlite:" + first, pg}, {pg, "sqlite:" + back}} {
				var out, errs bytes.Buffer
				if err := run(t.Context(), []string{"copy", "--from", step[0], "--to", step[1]}, nil, &out, &errs); err != nil {
					t.Fatalf("copy %s → %s: %v\n%s", step[0], step[1], err, errs.String())
				}
			}
			want := dump(t, first)
			for _, db := range []string{pg, back} {
				if got := dump(t, db); got != want {
					t.Errorf("%s differs from the original:\n%s", db, firstDifference(got, want))
				}
			}
		})
	}
}

// dump is the row count of every copied table and the JSON twin of every
// timeline of a database, as text.
func dump(t *testing.T, db string) string {
	t.Helper()
	s := storage.NewTestStoreAt(t, db)
	var b bytes.Buffer
	counts, err := dbcopy.TableCounts(t.Context(), s)
	if err != nil {
		t.Fatal(err)
	}
	b.WriteString(counts + "\n")
	ctx := models.AsSystem(t.Context())
	slugs, err := s.TimelineSlugs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, slug := range slugs {
		if err := run(ctx, []string{"export", "--db", db, "--timeline", slug, "--format", "json"}, nil, &b, io.Discard); err != nil {
			t.Fatalf("export %s from %s: %v", slug, db, err)
		}
	}
	return b.String()
}

// firstDifference shows where two dumps part.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return "got  …" + a[from:min(len(a), i+200)] + "\nwant …" + b[from:min(len(b), i+200)]
}
