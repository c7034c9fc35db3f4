package storage_test

import (
	"context"
	"errors"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/history"
	"github.com/factline/factline/models/storage"
)

func TestRemovedEntryIsRestoredWithLaneNoteAndPlace(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	first := storage.MakeClaim(t, s, nil, "first said", "2022-09-08")
	second := storage.MakeClaim(t, s, nil, "second said", "2022-09-08")
	tl := storage.MakeTimeline(t, s, "t1")
	storage.Must(0, s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: first.ID, Lane: "UN", Note: "the first"}))(t)
	storage.Must(0, s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: second.ID}))(t)
	e := storage.Must(s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: first.ID}))(t)

	rev, err := s.RemoveEntry(ctx, tl.ID, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: first.ID}); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("entry still there after removal: %v", err)
	}
	back, err := s.RestoreEntry(ctx, rev)
	if err != nil {
		t.Fatal(err)
	}
	got := storage.Must(s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: first.ID}))(t)
	if got.ID != e.ID || back.ID != e.ID || got.Lane != "UN" || got.Note != "the first" || !got.CreatedAt.Equal(e.CreatedAt) {
		t.Errorf("restored %+v, want %+v", got, e)
	}
	lt := storage.Must(s.LoadTimeline(ctx, tl.Slug))(t)
	if len(lt.Items) != 2 || lt.Items[0].ItemID != first.ID {
		t.Errorf("restored entry not back in its place: %+v", lt.Items)
	}
	var inUse *models.InUseError
	if _, err := s.RestoreEntry(ctx, rev); !errors.As(err, &inUse) {
		t.Errorf("second undo: %v, want a message that it is back already", err)
	}
	h := storage.Must(history.Of(s).History(ctx, "timeline", tl.ID))(t)
	if before, after, ok := h[0].EntryChange(); !ok || before != nil || after == nil || after.Lane != "UN" {
		t.Errorf("the restore is not recorded as the entry added back: %+v %+v", before, after)
	}
	if !h[1].Restorable() || h[0].Restorable() {
		t.Errorf("restorable: removal %v, re-addition %v", h[1].Restorable(), h[0].Restorable())
	}
}

func TestRestoringAnEntryOfADeletedItemIsRefused(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	c := storage.MakeClaim(t, s, nil, "said", "2022")
	tl := storage.MakeTimeline(t, s, "t1", models.Ref{Kind: models.KindClaim, ID: c.ID})
	e := storage.Must(s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: c.ID}))(t)
	rev := storage.Must(s.RemoveEntry(ctx, tl.ID, e.ID))(t)
	storage.Must(0, s.DeleteClaim(ctx, c.ID))(t)
	var inUse *models.InUseError
	if err := s.RestoreRevision(ctx, rev); !errors.As(err, &inUse) {
		t.Fatalf("restore of a deleted claim's entry: %v", err)
	}
	if _, err := s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: c.ID}); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("entry came back for a deleted claim: %v", err)
	}
}

func TestEntryLaneAndNoteEditedInPlaceAreRecorded(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	c := storage.MakeClaim(t, s, nil, "said", "2022")
	tl := storage.MakeTimeline(t, s, "t1")
	storage.Must(0, s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: c.ID, Lane: "A", Note: "old"}))(t)
	e := storage.Must(s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: c.ID}))(t)
	storage.Must(0, s.UpdateEntry(ctx, tl.ID, e.ID, "B", "new", e.Version))(t)
	got := storage.Must(s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: c.ID}))(t)
	if got.Lane != "B" || got.Note != "new" {
		t.Errorf("entry now %q %q", got.Lane, got.Note)
	}
	h := storage.Must(history.Of(s).History(ctx, "timeline", tl.ID))(t)
	before, after, ok := h[0].EntryChange()
	if !ok || before == nil || after == nil || before.Lane != "A" || after.Lane != "B" || before.Note != "old" || after.Note != "new" {
		t.Errorf("edit recorded as %+v → %+v", before, after)
	}
	var fe models.FieldErrors
	if err := s.UpdateEntry(ctx, tl.ID, e.ID, "bad\x00lane", "n", e.Version+1); !errors.As(err, &fe) || fe["lane"] == "" {
		t.Errorf("control character in lane: %v", err)
	}
	if err := s.UpdateEntry(ctx, tl.ID+1, e.ID, "C", "", e.Version+1); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("entry edited through another timeline: %v", err)
	}
}
