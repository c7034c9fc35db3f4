package history_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/history"
	"github.com/factline/factline/models/storage"
)

func TestReadableHistoryShowsNamesAndDates(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	u, err := accounts.Of(s).CreateUser(context.Background(), "ana@example.org", "Ana Reyes", models.RoleEditor, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	ctx := models.WithUser(context.Background(), u)
	chen := storage.MakeActor(t, s, "Chen Xu")
	c := &models.Claim{Text: "groundless blame", SaidOn: edtf.MustParse("2022-09")}
	storage.Must(0, s.SaveClaim(ctx, c))(t)
	c.SpeakerID, c.SaidOn = &chen.ID, edtf.MustParse("../2022-09-09")
	storage.Must(0, s.SaveClaim(ctx, c))(t)

	h := storage.Must(history.Of(s).ReadableHistory(ctx, storage.Viewer{User: u}, "claim", c.ID))(t)
	if h[0].Summary != "Edited" || h[1].Summary != "Created" {
		t.Fatalf("summaries %q %q", h[0].Summary, h[1].Summary)
	}
	if h[0].RestoreLabel != "" || h[1].RestoreLabel != "Restore this version" {
		t.Errorf("restore offered as %q (the current state) and %q", h[0].RestoreLabel, h[1].RestoreLabel)
	}
	changes := map[string]models.ReadableChange{}
	for _, ch := range h[0].Changes {
		changes[ch.Field] = ch
	}
	if sp := changes["speaker"]; sp.Before.Text != "" || sp.After.Text != "Chen Xu" || sp.After.Link == nil || *sp.After.Link != (models.Ref{Kind: models.KindActor, ID: chen.ID}) {
		t.Errorf("speaker change %+v", sp)
	}
	if d := changes["said on"]; d.Before.Text != "Sep 2022" || d.After.Text != edtf.MustParse("../2022-09-09").Display() || strings.Contains(d.After.Text, "..") {
		t.Errorf("date change %+v", d)
	}
	if len(changes) != 2 {
		t.Errorf("changes %+v, want the speaker and the date only", h[0].Changes)
	}

	tl := &models.Timeline{Slug: "t1", Title: "T1", Visibility: "public", OwnerID: &u.ID}
	storage.Must(0, s.SaveTimeline(ctx, tl))(t)
	storage.Must(0, s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: c.ID, Lane: "China"}))(t)
	h = storage.Must(history.Of(s).ReadableHistory(ctx, storage.Viewer{User: u}, "timeline", tl.ID))(t)
	e := h[0].Entry
	if e == nil || e.Verb != "Added" || e.Item.Text != "groundless blame" || e.Speaker.Text != "Chen Xu" || e.Lane != "China" || h[0].RestoreLabel != "" {
		t.Errorf("entry added described as %+v", e)
	}
	var owner string
	for _, ch := range h[1].Changes {
		if ch.Field == "owner" {
			owner = ch.After.Text
		}
		if ch.Field == "owner id" || strings.Contains(ch.After.Text, "id") {
			t.Errorf("an id shown: %+v", ch)
		}
	}
	if owner != "Ana Reyes" {
		t.Errorf("owner shown as %q", owner)
	}

	entry := storage.Must(s.GetEntry(ctx, tl.ID, models.Ref{Kind: models.KindClaim, ID: c.ID}))(t)
	storage.Must(s.RemoveEntry(ctx, tl.ID, entry.ID))(t)
	h = storage.Must(history.Of(s).ReadableHistory(ctx, storage.Viewer{User: u}, "timeline", tl.ID))(t)
	if e := h[0].Entry; e == nil || e.Verb != "Removed" || e.Item.Link == nil || h[0].RestoreLabel != "Restore" {
		t.Errorf("removal described as %+v, restore %q", e, h[0].RestoreLabel)
	}
	// An anonymous reader of the public timeline cannot open the claim, which is
	// on no public timeline any more: it is not named to them.
	h = storage.Must(history.Of(s).ReadableHistory(context.Background(), storage.Viewer{}, "timeline", tl.ID))(t)
	if e := h[0].Entry; e == nil || e.Item.Link != nil || strings.Contains(e.Item.Text, "groundless") || e.Speaker.Text != "" {
		t.Errorf("an anonymous reader is shown %+v", e)
	}
}

func TestReadableHistoryDescribesParticipantsAndRoles(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	un := storage.MakeActor(t, s, "United Nations")
	turk := storage.MakeActor(t, s, "Volker Türk")
	storage.Must(0, s.SaveRole(ctx, &models.Role{ActorID: turk.ID, Title: "High Commissioner", OrganisationID: &un.ID, Period: edtf.MustParse("2022-10-17/..")}))(t)
	ev := storage.MakeEvent(t, s, "Türk approved", "2022-09-08")
	storage.Must(0, s.AddParticipant(ctx, models.Participant{EventID: ev.ID, ActorID: turk.ID, RoleWord: "nominee"}))(t)

	h := storage.Must(history.Of(s).ReadableHistory(ctx, storage.Viewer{System: true}, "event", ev.ID))(t)
	var participant string
	for _, ch := range h[0].Changes {
		if ch.Field == "participant" {
			participant = ch.After.Text
		}
	}
	if participant != "Volker Türk" {
		t.Errorf("participant shown as %q (%+v)", participant, h[0].Changes)
	}
	storage.Must(0, s.DeleteActor(ctx, turk.ID))(t) // the deletion keeps the actor with its roles
	h = storage.Must(history.Of(s).ReadableHistory(ctx, storage.Viewer{System: true}, "actor", turk.ID))(t)
	var roles string
	for _, ch := range h[0].Changes {
		if ch.Field == "roles" {
			roles = ch.Before.Text
		}
	}
	if want := "High Commissioner at United Nations, " + edtf.MustParse("2022-10-17/..").Display(); roles != want {
		t.Errorf("roles %q, want %q", roles, want)
	}
}
