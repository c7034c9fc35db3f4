package storage

import (
	"context"
	"errors"
	"testing"

	"github.com/factline/factline/models"
)

func TestClaimSavedAsARepetitionIsRelated(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	first := MakeClaim(t, s, MakeActor(t, s, "China"), "The assessment is a fabrication", "2022-09-01")
	again := &models.Claim{Text: "The assessment is a fabrication, again", SaidOn: mustDate("2022-09-10"), Repeats: first.ID}
	mustSave(t, s.SaveClaim(ctx, again))
	rels := Must(s.As(Viewer{System: true}).RelationsOf(ctx, []models.Ref{{Kind: models.KindClaim, ID: again.ID}}))(t)
	if len(rels) != 1 || rels[0].Kind != "repeats" || rels[0].From() != (models.Ref{Kind: models.KindClaim, ID: again.ID}) || rels[0].To() != (models.Ref{Kind: models.KindClaim, ID: first.ID}) {
		t.Fatalf("relations = %v, want %d repeats %d", rels, again.ID, first.ID)
	}
	var fe models.FieldErrors
	err := s.SaveClaim(ctx, &models.Claim{Text: "Repeating nothing", Repeats: 9999})
	if !errors.As(err, &fe) || fe["repeats"] == "" {
		t.Fatalf("err = %v, want a repeats field error", err)
	}
	if n := len(Must(s.ListClaims(ctx, 10))(t)); n != 2 {
		t.Errorf("a refused repetition stored its claim: %d claims", n)
	}
}

func TestRepetitionsListTheChainInDateOrderAndOnlyReadableClaims(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	china, wang, chen := MakeActor(t, s, "China"), MakeActor(t, s, "Wang Wenbin"), MakeActor(t, s, "Chen Xu")
	first := MakeClaim(t, s, china, "The assessment is a fabrication", "2022-08-31")
	second := MakeClaim(t, s, wang, "The assessment is a fabrication by the West", "2022-09-01")
	third := MakeClaim(t, s, chen, "A fabrication cooked up by Western nations", "2022-09-10")
	unrelated := MakeClaim(t, s, chen, "Groundless blame", "2022-09-10")
	repeat := func(from, to *models.Claim) {
		mustSave(t, s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: from.ID, ToKind: models.KindClaim, ToID: to.ID, Kind: "repeats"}))
	}
	repeat(third, second) // saved out of order: the list is by date
	repeat(second, first)
	mustSave(t, s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: unrelated.ID, ToKind: models.KindClaim, ToID: first.ID, Kind: "responds to"}))

	ids := func(cs []models.Claim) []int64 {
		var out []int64
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	want := []int64{first.ID, second.ID, third.ID}
	for _, from := range []*models.Claim{first, second, third} {
		if got := ids(Must(s.As(Viewer{System: true}).Repetitions(ctx, from.ID, 100, 0))(t)); !equalIDs(got, want) {
			t.Errorf("repetitions from %d = %v, want %v", from.ID, got, want)
		}
	}
	if got := Must(s.As(Viewer{System: true}).Repetitions(ctx, unrelated.ID, 100, 0))(t); len(got) != 0 {
		t.Errorf("a claim with no repetition lists %v", got)
	}
	rep := Must(s.As(Viewer{System: true}).RepeatsBy(ctx, wang.ID, 10, 0))(t)
	if len(rep) != 1 || rep[0].Claim.ID != second.ID || rep[0].Repeated.ID != first.ID || rep[0].Repeated.Speaker.Name != "China" {
		t.Errorf("repeats by Wang = %+v, want his claim repeating China's", rep)
	}
	if rep := Must(s.As(Viewer{System: true}).RepeatsBy(ctx, china.ID, 10, 0))(t); len(rep) != 0 {
		t.Errorf("China's first claim repeats nobody, got %+v", rep)
	}

	// A visitor reads the public timeline's first and third claims only: the
	// second is neither listed nor followed.
	MakeTimeline(t, s, "public", models.Ref{Kind: models.KindClaim, ID: first.ID}, models.Ref{Kind: models.KindClaim, ID: third.ID})
	visitor := context.Background()
	if got := Must(s.As(Viewer{}).Repetitions(visitor, first.ID, 100, 0))(t); len(got) != 0 {
		t.Errorf("a visitor sees repetitions through an unreadable claim: %v", ids(got))
	}
	if rep := Must(s.As(Viewer{}).RepeatsBy(visitor, chen.ID, 10, 0))(t); len(rep) != 0 {
		t.Errorf("a visitor sees a repeat of an unreadable claim: %+v", rep)
	}
	mustSave(t, s.DeleteClaim(ctx, second.ID))
	if got := Must(s.As(Viewer{System: true}).Repetitions(ctx, first.ID, 100, 0))(t); len(got) != 0 {
		t.Errorf("a deleted claim is listed or followed: %v", ids(got))
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
