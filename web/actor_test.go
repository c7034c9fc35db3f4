package web

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/factline/factline/models/storage"
)

func TestActorCreateShowsTheActor(t *testing.T) {
	tc := newTestClient(t)
	res, _ := tc.post("/actors", url.Values{"kind": {"person"}, "name": {"Chen Xu"}, "aliases": {"Chen\n"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, doc := tc.get(res.Header.Get("Location"), nil)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find("h1")); got != "Chen Xu" {
		t.Errorf("heading %q, want Chen Xu", got)
	}
}

func TestActorWithoutNameIsRefusedBesideTheField(t *testing.T) {
	tc := newTestClient(t)
	res, doc := tc.post("/actors", url.Values{"kind": {"person"}, "name": {"  "}, "description": {"kept as typed"}}, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if got := text(doc.Find(`[data-testid="error-name"]`)); got != "A name is required." {
		t.Errorf("name error %q", got)
	}
	if got := doc.Find(`textarea[name="description"]`).Text(); got != "kept as typed" {
		t.Errorf("description not kept: %q", got)
	}
	if res.Header.Get("Vary") == "" {
		t.Error("no Vary header")
	}
	actors := storage.Must(tc.store.ListActors(t.Context(), "", 10))(t)
	if len(actors) != 0 {
		t.Errorf("%d actors stored after a refused form", len(actors))
	}
}

func TestUnknownActorIs404Page(t *testing.T) {
	tc := newTestClient(t)
	res, doc := tc.get("/actors/999", nil)
	wantStatus(t, res, http.StatusNotFound)
	if doc.Find(`[data-testid="error-page"]`).Length() != 1 {
		t.Error("no error page")
	}
}
