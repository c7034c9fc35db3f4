package storage

import (
	"context"
	"testing"

	"github.com/factline/factline/models"
)

// TestItemLabelsOfManyItems names 70,000 items at once, more than either
// engine takes variables in one statement (SQLite 32,766, PostgreSQL 65,535):
// the labels of those that exist come back (the source page of a source cited
// 100,000 times answered 500, "too many SQL variables").
func TestItemLabelsOfManyItems(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	claim := MakeClaim(t, s, nil, "A claim among many", "2022")
	event := MakeEvent(t, s, "An event among many", "2022")
	refs := []models.Ref{{Kind: models.KindClaim, ID: claim.ID}, {Kind: models.KindEvent, ID: event.ID}}
	for i := range 70_000 {
		refs = append(refs, models.Ref{Kind: models.KindClaim, ID: int64(1_000_000 + i)})
	}
	labels := Must(s.ItemLabels(ctx, refs))(t)
	if len(labels) != 2 || labels[refs[0]].Label != "A claim among many" || labels[refs[1]].Label != "An event among many" {
		t.Errorf("labels %v, want the claim's and the event's", labels)
	}
}
