package search

import (
	"context"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/factline/factline/migrations"
	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestSearchPrefixMigrationKeepsTheIndex takes the search index back to
// before its prefix indexes and forward again: what was indexed stays
// findable, and the triggers keep the new table in step.
func TestSearchPrefixMigrationKeepsTheIndex(t *testing.T) {
	storage.SkipOn(t, storage.Postgres, "migrates SQLite's FTS5 table")
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	c := storage.MakeClaim(t, s, nil, "The assessment offered up groundless blame", "2022")
	db, err := s.Writer(ctx).DB()
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	count := func(q string) int {
		t.Helper()
		hits, err := find(storage.Viewer{System: true}, s, q, "", 10)
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		return len(hits)
	}
	if _, err := p.DownTo(ctx, 11); err != nil {
		t.Fatal(err)
	}
	if n := count("groundless"); n != 1 {
		t.Errorf("before the prefix indexes: %d hits, want 1", n)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count("groun*"); n != 1 {
		t.Errorf("after the prefix indexes: %d hits, want 1", n)
	}
	c.Text = "The assessment was a fabrication"
	storage.Must(0, s.SaveClaim(ctx, c))(t)
	if count("groundless") != 0 || count("fabri*") != 1 {
		t.Error("the triggers do not keep the new index in step with the claim")
	}
}
