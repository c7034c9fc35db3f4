package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
)

// TestVersionLinkShowsWhatTheVersionFroze: after version 1 is published, its
// claim and event are edited; under a link to version 1 their pages (and their
// JSON) still show what the version froze, as the version's timeline does.
func TestVersionLinkShowsWhatTheVersionFroze(t *testing.T) {
	w := newSharedWorld(t)
	s := w.owner.store
	link := w.makeLink(t, url.Values{"opens": {"1"}})
	ctx := models.WithUser(t.Context(), models.Must(s.FindUserByEmail(t.Context(), "editor@example.org"))(t))
	claim := models.Must(s.GetClaim(ctx, w.claim.ID))(t)
	claim.Text, claim.Rating, claim.Speaker = "Rewritten after publication", models.Rating("misleading"), nil
	if err := s.SaveClaim(ctx, claim); err != nil {
		t.Fatal(err)
	}
	ev := models.Must(s.GetEvent(ctx, w.ev.ID))(t)
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
