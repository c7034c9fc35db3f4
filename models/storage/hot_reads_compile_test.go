package storage

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/factline/factline/models"
)

// TestHotReadsAreCompiledOnce: the reads of a claim's page, run again with
// other pages and offsets, for a visitor and for an editor, compile no
// statement on SQLite: their prepared statements are reused. Each one with a
// bound LIMIT, or an equality on a bound value beside a join, was compiled
// anew on every run (sqliteDialect.bindVars says why): 51 SELECTs in the
// visitor's three rounds.
func TestHotReadsAreCompiledOnce(t *testing.T) {
	dsn := TestDSN(t)
	if IsPostgresDSN(dsn) {
		t.Skip("SQLite's compiling of prepared statements; PostgreSQL plans them otherwise")
	}
	compiled := &atomic.Int64{}
	s, err := Open(dsn, Options{compiled: compiled})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	speaker, other := MakeActor(t, s, "Ada Speaker"), MakeActor(t, s, "Bo Repeater")
	claim := MakeClaim(t, s, speaker, "The claim", "2022-09-08")
	repeat := MakeClaim(t, s, other, "The claim, again", "2022-09-09")
	ref := models.Ref{Kind: models.KindClaim, ID: claim.ID}
	ctx := context.Background()
	if err := s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: repeat.ID,
		ToKind: models.KindClaim, ToID: claim.ID, Kind: "repeats"}); err != nil {
		t.Fatal(err)
	}
	MakeCitation(t, s, ref, MakeSource(t, s, "The source", "", "2022-09-10"), "quote")
	MakeTimeline(t, s, "the-timeline", ref)

	reads := func(v Viewer, offset int) {
		t.Helper()
		r := s.As(v)
		Must(s.GetClaim(ctx, claim.ID))(t)
		Must(s.CitationsOfItem(ctx, ref, 101, offset))(t)
		Must(r.RelationsOfItem(ctx, ref, 101, offset))(t)
		Must(r.TimelinesWithItem(ctx, ref, 101, offset))(t)
		Must(r.ListTimelines(ctx, 200))(t)
		Must(s.SourceChoices(ctx, 500))(t)
		Must(r.Repetitions(ctx, claim.ID, 101, offset))(t)
	}
	editor := Viewer{User: &models.User{ID: 1, Role: models.RoleEditor}}
	for _, v := range []Viewer{{}, editor} {
		reads(v, 0)
		compiled.Store(0)
		for offset := range 3 {
			reads(v, offset)
		}
		if n := compiled.Load(); n != 0 {
			t.Errorf("the hot reads run again compiled %d SELECTs, want none", n)
		}
	}
}
