package storage_test

import (
	"context"
	"errors"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/history"
	"github.com/factline/factline/models/storage"
)

func TestStaleSaveIsAConflictAndNothingIsLost(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	c := storage.MakeClaim(t, s, nil, "first text", "2022")
	mine := storage.Must(s.GetClaim(ctx, c.ID))(t)
	theirs := storage.Must(s.GetClaim(ctx, c.ID))(t)
	theirs.Text = "their text"
	if err := s.SaveClaim(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	mine.Text = "my text"
	if err := s.SaveClaim(ctx, mine); !errors.Is(err, models.ErrConflict) {
		t.Fatalf("stale save: %v, want ErrConflict", err)
	}
	got := storage.Must(s.GetClaim(ctx, c.ID))(t)
	if got.Text != "their text" || mine.Text != "my text" {
		t.Errorf("stored %q, mine %q", got.Text, mine.Text)
	}
}

func TestHistoryRecordsEveryChangeAndRestores(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	u, err := accounts.Of(s).CreateUser(context.Background(), "ana@example.org", "Ana", models.RoleEditor, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	ctx := models.WithUser(context.Background(), u)
	c := &models.Claim{Text: "old words", SaidOn: edtf.MustParse("2022-09"), Tags: []string{"a"}}
	storage.Must(0, s.SaveClaim(ctx, c))(t)
	c.Text, c.Tags = "new words", []string{"b"}
	storage.Must(0, s.SaveClaim(ctx, c))(t)
	storage.Must(0, s.DeleteClaim(ctx, c.ID))(t)
	storage.Must(0, s.Restore(ctx, "claim", c.ID))(t)
	h, err := history.Of(s).History(ctx, "claim", c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, r := range h {
		actions = append(actions, r.Action)
		if r.UserName != "Ana" {
			t.Errorf("revision %d by %q", r.ID, r.UserName)
		}
	}
	if got := join(actions); got != "restore update create" && got != "restore delete update create" {
		t.Fatalf("actions %q", got)
	}
	storage.Must(0, s.RestoreRevision(ctx, h[len(h)-1].ID))(t) // the create
	got := storage.Must(s.GetClaim(ctx, c.ID))(t)
	if got.Text != "old words" || len(got.Tags) != 1 || got.Tags[0] != "a" || got.SaidOn.String() != "2022-09" {
		t.Errorf("restored %q %v %s", got.Text, got.Tags, got.SaidOn)
	}
}

func TestDeletedItemRestoredFromTrashIsWhole(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	src := storage.MakeSource(t, s, "Report", "", "2022")
	c := storage.MakeClaim(t, s, nil, "claim", "2022")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: c.ID}, src, "words")
	tl := storage.MakeTimeline(t, s, "t", models.Ref{Kind: models.KindClaim, ID: c.ID})
	storage.Must(0, s.DeleteClaim(ctx, c.ID))(t)
	trash := storage.Must(history.Of(s).ListTrash(ctx, storage.Viewer{}))(t)
	if len(trash) != 1 || trash[0].Label != "claim" {
		t.Fatalf("trash %+v", trash)
	}
	storage.Must(0, s.Restore(ctx, "claim", c.ID))(t)
	lt, err := s.LoadTimeline(ctx, tl.Slug)
	if err != nil || len(lt.Items) != 1 || len(lt.Items[0].Citations) != 1 {
		t.Fatalf("restored claim on its timeline: %v %+v", err, lt)
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}
