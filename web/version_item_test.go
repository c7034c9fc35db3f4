package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// TestVersionLinkShowsWhatTheVersionFroze: after version 1 is published, its
// claim and event are edited; under a link to version 1 their pages (and their
// JSON) still show what the version froze, as the version's timeline does.
func TestVersionLinkShowsWhatTheVersionFroze(t *testing.T) {
	w := newSharedWorld(t)
	s := w.owner.store
	link := w.makeLink(t, url.Values{"opens": {"1"}})
	ctx := models.WithUser(t.Context(), storage.Must(accounts.Of(s).FindUserByEmail(t.Context(), "editor@example.org"))(t))
	claim := storage.Must(s.GetClaim(ctx, w.claim.ID))(t)
	claim.Text, claim.Rating, claim.Speaker = "Rewritten after publication", models.Rating("misleading"), nil
	if err := s.SaveClaim(ctx, claim); err != nil {
		t.Fatal(err)
	}
	ev := storage.Must(s.GetEvent(ctx, w.ev.ID))(t)
	ev.Title = "Retitled after publication"
	if err := s.SaveEvent(ctx, ev); err != nil {
		t.Fatal(err)
	}
	anon := w.stranger(t)
	for path, was := range map[string]string{
		link + "/claims/" + itoa(w.claim.ID): w.claim.Text,
		link + "/events/" + itoa(w.ev.ID):    w.ev.Title,
	} {
		res, doc := anon.get(path, nil)
		wantStatus(t, res, http.StatusOK)
		page := text(doc.Find("main"))
		if !strings.Contains(page, was) || strings.Contains(page, "after publication") || strings.Contains(page, "misleading") {
			t.Errorf("%s shows %q, want what version 1 froze (%q)", path, page, was)
		}
		res, doc = anon.get(path, map[string]string{"Accept": "application/json"})
		wantStatus(t, res, http.StatusOK)
		if body := doc.Text(); strings.Contains(body, "after publication") || !strings.Contains(body, was) {
			t.Errorf("%s as JSON: %s", path, body)
		}
	}
}

// TestVersionLinkActorAndSourceShowWhatTheVersionFroze: after version 1 is
// published, its speaker is renamed, its claim rewritten and its cited source
// retitled and its text replaced; under a link to version 1 the speaker's page
// (with its list of claims), the source's page and its reader (and their JSON)
// still show what the version froze.
func TestVersionLinkActorAndSourceShowWhatTheVersionFroze(t *testing.T) {
	w := newSharedWorld(t)
	s := w.owner.store
	link := w.makeLink(t, url.Values{"opens": {"1"}})
	ctx := models.WithUser(t.Context(), storage.Must(accounts.Of(s).FindUserByEmail(t.Context(), "editor@example.org"))(t))
	claim := storage.Must(s.GetClaim(ctx, w.claim.ID))(t)
	claim.Text, claim.Speaker = "Rewritten after publication", nil
	if err := s.SaveClaim(ctx, claim); err != nil {
		t.Fatal(err)
	}
	speaker := storage.Must(s.GetActor(ctx, *w.claim.SpeakerID))(t)
	speaker.Name = "Renamed after publication"
	if err := s.SaveActor(ctx, speaker); err != nil {
		t.Fatal(err)
	}
	cits := storage.Must(s.As(storage.Viewer{User: models.UserFrom(ctx)}).ReadableCitationsOfSource(ctx, w.src.ID, 1, 0))(t)
	if len(cits) == 0 {
		t.Fatal("the source is cited by nothing")
	}
	src := storage.Must(s.GetSource(ctx, w.src.ID))(t)
	src.Title, src.Text = "Retitled after publication", "Replaced after publication."
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	anon := w.stranger(t)
	for path, was := range map[string][]string{
		link + "/actors/" + itoa(speaker.ID):          {"Chen Quokka", w.claim.Text},
		link + "/sources/" + itoa(w.src.ID):           {w.src.Title, w.src.Text, w.claim.Text},
		link + "/sources/" + itoa(w.src.ID) + "/read": {w.src.Title, "quokka-shaped"},
	} {
		res, doc := anon.get(path, nil)
		wantStatus(t, res, http.StatusOK)
		page := text(doc.Find("main"))
		for _, want := range was {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %q, which version 1 froze: %s", path, want, page)
			}
		}
		if strings.Contains(page, "after publication") {
			t.Errorf("%s shows an edit made after version 1: %s", path, page)
		}
		if strings.HasSuffix(path, "/read") {
			continue // the reader has no JSON twin
		}
		res, doc = anon.get(path, map[string]string{"Accept": "application/json"})
		wantStatus(t, res, http.StatusOK)
		if body := doc.Text(); strings.Contains(body, "after publication") || !strings.Contains(body, was[0]) {
			t.Errorf("%s as JSON: %s", path, body)
		}
	}
}

// TestVersionLinkWithoutDocumentShowsNoLiveText: a version published before
// documents were kept froze a source's title but not its text, and an actor's
// name but nothing else of it; under a link to it the pages show that much,
// never the living rows edited since.
func TestVersionLinkWithoutDocumentShowsNoLiveText(t *testing.T) {
	w := newSharedWorld(t)
	s := w.owner.store
	link := w.makeLink(t, url.Values{"opens": {"1"}})
	db := storage.Must(s.DB())(t)
	if _, err := db.Exec("UPDATE versions SET document = ''"); err != nil {
		t.Fatal(err)
	}
	ctx := models.WithUser(t.Context(), storage.Must(accounts.Of(s).FindUserByEmail(t.Context(), "editor@example.org"))(t))
	speaker := storage.Must(s.GetActor(ctx, *w.claim.SpeakerID))(t)
	speaker.Name = "Renamed after publication"
	if err := s.SaveActor(ctx, speaker); err != nil {
		t.Fatal(err)
	}
	src := storage.Must(s.GetSource(ctx, w.src.ID))(t)
	src.Title, src.Text = "Retitled after publication", "Replaced after publication."
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	anon := w.stranger(t)
	for path, was := range map[string]string{
		link + "/actors/" + itoa(speaker.ID):          "Chen Quokka",
		link + "/sources/" + itoa(w.src.ID):           w.src.Title,
		link + "/sources/" + itoa(w.src.ID) + "/read": w.src.Title,
	} {
		res, doc := anon.get(path, nil)
		wantStatus(t, res, http.StatusOK)
		page := text(doc.Find("main"))
		if !strings.Contains(page, was) || strings.Contains(page, "after publication") {
			t.Errorf("%s shows %q, want what version 1 froze (%q) and no later edit", path, page, was)
		}
	}
}
