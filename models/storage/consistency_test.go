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
