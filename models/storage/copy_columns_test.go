package storage

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factline/factline/models"
)

// TestCopyRefusesAColumnItCannotPlace copies from a database whose claims
// have a column the target lacks: Copy refuses, names the column, and writes
// nothing, instead of leaving the column's values behind.
func TestCopyRefusesAColumnItCannotPlace(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	from := NewTestStoreAt(t, filepath.Join(t.TempDir(), "from.db"))
	MakeClaim(t, from, MakeActor(t, from, "Ana"), "The bridge opened in 1932.", "1 May 2020")
	if err := from.w(ctx).Exec("ALTER TABLE claims ADD COLUMN reviewer TEXT").Error; err != nil {
		t.Fatal(err)
	}
	if err := from.w(ctx).Exec("UPDATE claims SET reviewer = 'Bea'").Error; err != nil {
		t.Fatal(err)
	}
	to := NewTestStore(t, nil)
	err := Copy(ctx, from, to, nil)
	if err == nil || !strings.Contains(err.Error(), "claims.reviewer") {
		t.Fatalf("Copy: %v, want a refusal naming claims.reviewer", err)
	}
	var n int64
	for _, table := range copyTables {
		if err := to.r(ctx).Table(table).Count(&n).Error; err != nil || n != 0 {
			t.Errorf("the target's %s has %d rows after a refused copy (%v)", table, n, err)
		}
	}
}
