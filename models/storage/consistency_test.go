package storage

import (
	"context"
	"errors"
	"strings"
	"testing"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
)

// TestTimelineOwnerMustBeAUser: timelines.owner_id holds like a foreign key.
func TestTimelineOwnerMustBeAUser(t *testing.T) {
	s := NewTestStore(t, nil)
	ghost := int64(4242)
	err := s.SaveTimeline(context.Background(), &models.Timeline{Slug: "ghost", Title: "Ghost", Visibility: "private", OwnerID: &ghost})
	if err == nil || !errors.Is(err, gorm.ErrForeignKeyViolated) && !strings.Contains(err.Error(), "FOREIGN KEY") {
		t.Errorf("a timeline owned by no user was saved: %v", err)
	}
	var n int64
	if err := s.r(context.Background()).Raw("SELECT count(*) FROM timelines").Scan(&n).Error; err != nil || n != 0 {
		t.Errorf("%d timelines stored (%v)", n, err)
	}
}

// TestSearchRowsChangeOnlyWithWhatTheyIndex: a source's search row (up to 4 MiB
// of text) is not rewritten when only its row version changes.
func TestSearchRowsChangeOnlyWithWhatTheyIndex(t *testing.T) {
	SkipOn(t, Postgres, "counts the rows a statement changed with SQLite's total_changes()")
	s := NewTestStore(t, nil)
	ctx := context.Background()
	src := MakeSource(t, s, "Quokka Gazette", strings.Repeat("marsupial ", 1000), "2022-09-09")
	changes := func(update string) int64 {
		t.Helper()
		var out int64
		err := s.WithTx(ctx, func(tx *Store) error {
			var before int64
			if err := tx.w(ctx).Raw("SELECT total_changes()").Scan(&before).Error; err != nil {
				return err
			}
			if err := tx.w(ctx).Exec(update, src.ID).Error; err != nil {
				return err
			}
			return tx.w(ctx).Raw("SELECT total_changes() - ?", before).Scan(&out).Error
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
	hits, err := s.Search(models.WithUser(ctx, &models.User{ID: 1, Role: models.RoleEditor}), "wombat", "", 10)
	if err != nil || len(hits) != 1 {
		t.Errorf("the new title finds %d (%v)", len(hits), err)
	}
}

// TestCollaborationsAreIndexedByUser: "the timelines I am named on" is an
// index lookup, not a scan of every collaboration.
func TestCollaborationsAreIndexedByUser(t *testing.T) {
	SkipOn(t, Postgres, "reads SQLite's EXPLAIN QUERY PLAN")
	s := NewTestStore(t, nil)
	var plan []struct{ Detail string }
	err := s.r(context.Background()).Raw("EXPLAIN QUERY PLAN SELECT timeline_id FROM timeline_collaborators WHERE user_id = ?", 1).Scan(&plan).Error
	if err != nil {
		t.Fatal(err)
	}
	if len(plan) == 0 || !strings.Contains(plan[0].Detail, "USING INDEX timeline_collaborators_user") {
		t.Errorf("the lookup by user is %+v", plan)
	}
}
