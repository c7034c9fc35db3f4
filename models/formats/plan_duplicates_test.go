package formats

import (
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// An import's preview reports the actors and sources of the file that may be
// copies of stored ones, and imports them as new all the same.
func TestPlanReportsLikelyDuplicates(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(t.Context())
	turk := storage.MakeActor(t, store, "Volker Türk")
	stored := &models.Source{Kind: "article", Title: "China shuns co-operation", Publisher: "NZ Herald",
		Published: edtf.MustParse("2022-09-10")}
	if err := store.SaveSource(ctx, stored); err != nil {
		t.Fatal(err)
	}
	doc := &Document{Timeline: DocTimeline{Slug: "likely", Title: "Likely", Visibility: "team"},
		Actors: []DocActor{{ID: 1, Kind: models.Person, Name: "Dr. Volker Turk"}, {ID: 2, Kind: models.Person, Name: "Chen Xu"}},
		Sources: []DocSource{{ID: 1, Kind: "article", Title: "China Shuns Co-operation", Publisher: "NZ Herald", Published: "2022-09-10"},
			{ID: 2, Kind: "article", Title: "Another article", Published: "2022-09-10"}}}
	plan, err := NewPlan(ctx, store, doc, "factline", "")
	if err != nil {
		t.Fatal(err)
	}
	if m := plan.Actors[0]; m.Existing != 0 || m.Like != turk.ID || m.LikeName != "Volker Türk" {
		t.Errorf("actor match %+v, want like %d", m, turk.ID)
	}
	if m := plan.Sources[0]; m.Existing != 0 || m.Like != stored.ID {
		t.Errorf("source match %+v, want like %d", m, stored.ID)
	}
	if plan.Actors[1].Like != 0 || plan.Sources[1].Like != 0 {
		t.Errorf("unlike ones reported: %+v %+v", plan.Actors[1], plan.Sources[1])
	}
	if plan.NewSources() != 2 {
		t.Errorf("%d new sources, want both imported as new", plan.NewSources())
	}
}
