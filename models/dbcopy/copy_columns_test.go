package dbcopy

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestCopyRefusesAColumnItCannotPlace copies from a database whose claims
// have a column the target lacks: Copy refuses, names the column, and writes
// nothing, instead of leaving the column's values behind.
func TestCopyRefusesAColumnItCannotPlace(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	from := storage.NewTestStoreAt(t, filepath.Join(t.TempDir(), "from.db"))
	storage.MakeClaim(t, from, storage.MakeActor(t, from, "Ana"), "The bridge opened in 1932.", "1 May 2020")
	if err := from.Writer(ctx).Exec("ALTER TABLE claims ADD COLUMN reviewer TEXT").Error; err != nil {
		t.Fatal(err)
	}
	if err := from.Writer(ctx).Exec("UPDATE claims SET reviewer = 'Bea'").Error; err != nil {
		t.Fatal(err)
	}
	to := storage.NewTestStore(t, nil)
	err := Copy(ctx, from, to, nil)
	if err == nil || !strings.Contains(err.Error(), "claims.reviewer") {
		t.Fatalf("Copy: %v, want a refusal naming claims.reviewer", err)
	}
	var n int64
	for _, table := range copyTables {
		if err := to.Reader(ctx).Table(table).Count(&n).Error; err != nil || n != 0 {
			t.Errorf("the target's %s has %d rows after a refused copy (%v)", table, n, err)
		}
	}
}
