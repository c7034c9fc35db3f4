package search

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestSoftDeletedItemsLeaveListsAndSearch(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	c := storage.MakeClaim(t, s, nil, "The moon is made of cheese", "2022")
	if hits := storage.Must(find(storage.Viewer{System: true}, s, "cheese", "", 10))(t); len(hits) != 1 {
		t.Fatalf("before delete: %d hits", len(hits))
	}
	if err := s.DeleteClaim(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if hits := storage.Must(find(storage.Viewer{System: true}, s, "cheese", "", 10))(t); len(hits) != 0 {
		t.Errorf("after delete: %d hits", len(hits))
	}
	if _, err := s.GetClaim(ctx, c.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("get deleted claim: %v", err)
	}
}

func TestSearchNeverRaisesOnFTSSyntax(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	storage.MakeClaim(t, s, nil, `Groundless blame, said the "AND" ambassador`, "2022")
	for _, q := range []string{`"AND OR NEAR(`, `*`, `NOT`, `a OR`, `"`, `col:x`, `^`, `(((`, `groundless)`, `'; DROP TABLE claims; --`} {
		if _, err := find(storage.Viewer{System: true}, s, q, "", 10); err != nil {
			t.Errorf("search %q: %v", q, err)
		}
	}
	hits, err := find(storage.Viewer{System: true}, s, "groundl*", "", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("prefix search: %v, %d hits", err, len(hits))
	}
	if hits[0].Path == "" || hits[0].Kind != "claim" {
		t.Errorf("hit %+v", hits[0])
	}
}

// TestSearchRowsChangeOnlyWithWhatTheyIndex: a source's search row (up to 4 MiB
// of text) is not rewritten when only its row version changes.
func TestSearchRowsChangeOnlyWithWhatTheyIndex(t *testing.T) {
	storage.SkipOn(t, storage.Postgres, "counts the rows a statement changed with SQLite's total_changes()")
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	src := storage.MakeSource(t, s, "Quokka Gazette", strings.Repeat("marsupial ", 1000), "2022-09-09")
	changes := func(update string) int64 {
		t.Helper()
		var out int64
		err := s.WithTx(ctx, func(tx *storage.Store) error {
			var before int64
			if err := tx.Writer(ctx).Raw("SELECT total_changes()").Scan(&before).Error; err != nil {
				return err
			}
			if err := tx.Writer(ctx).Exec(update, src.ID).Error; err != nil {
				return err
			}
			return tx.Writer(ctx).Raw("SELECT total_changes() - ?", before).Scan(&out).Error
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if n := changes("UPDATE sources SET version = version + 1 WHERE id = ?"); n != 2 {
		t.Errorf("a version bump changed %d rows, want the source's and the data version's alone", n)
	}
	if n := changes("UPDATE sources SET title = 'Wombat Gazette' WHERE id = ?"); n < 3 {
		t.Errorf("a new title changed %d rows: its search row was not rewritten", n)
	}
	hits, err := find(storage.Viewer{User: &models.User{ID: 1, Role: models.RoleEditor}}, s, "wombat", "", 10)
	if err != nil || len(hits) != 1 {
		t.Errorf("the new title finds %d (%v)", len(hits), err)
	}
}
