package web

import (
	"net/http"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// candidates returns the kind-and-id of a likely_duplicate's candidates.
func (a apiAnswer) candidates() []string {
	e, _ := a.Body["error"].(map[string]any)
	list, _ := e["candidates"].([]any)
	var out []string
	for _, c := range list {
		m, _ := c.(map[string]any)
		id, _ := m["id"].(float64)
		out = append(out, m["kind"].(string)+"-"+itoa(int64(id))+" "+m["path"].(string))
	}
	return out
}

func TestAPIAnswersALikelyDuplicateWith409AndItsCandidates(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("script")
	ctx := models.AsSystem(t.Context())
	src := &models.Source{Kind: "article", Title: "China shuns co-operation", URL: "https://www.nzherald.co.nz/world/china-shuns/"}
	if err := tc.store.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	event := storage.MakeEvent(t, tc.store, "UN General Assembly approves Volker Türk", "2022-09-08")
	actor := storage.MakeActor(t, tc.store, "Volker Türk")
	claim := storage.MakeClaim(t, tc.store, nil, "The assessment is a fabrication cooked up by Western nations", "2022-08-31")

	for _, c := range []struct {
		path string
		body map[string]any
		want string
	}{
		{"/api/v1/sources", map[string]any{"kind": "article", "title": "Again", "url": "https://nzherald.co.nz/world/china-shuns?utm_medium=email"},
			"source-" + itoa(src.ID) + " /api/v1/sources/" + itoa(src.ID)},
		{"/api/v1/events", map[string]any{"title": "General Assembly chooses Turk", "occurred": "2022-09-09"},
			"event-" + itoa(event.ID) + " /api/v1/events/" + itoa(event.ID)},
		{"/api/v1/actors", map[string]any{"kind": "person", "name": "V. Turk"},
			"actor-" + itoa(actor.ID) + " /api/v1/actors/" + itoa(actor.ID)},
		{"/api/v1/claims", map[string]any{"text": "The report is a fabrication cooked up by Western nations"},
			"claim-" + itoa(claim.ID) + " /api/v1/claims/" + itoa(claim.ID)},
	} {
		a := tc.api(token, http.MethodPost, c.path, c.body)
		wantAPI(t, a, http.StatusConflict, "likely_duplicate")
		if got := a.candidates(); len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: candidates %v, want %s", c.path, got, c.want)
		}
		c.body["confirm_new"] = true
		wantAPI(t, tc.api(token, http.MethodPost, c.path, c.body), http.StatusCreated, "")
	}

	a := tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": "A fabrication cooked up by Western nations, again",
		"repeats": claim.ID})
	wantAPI(t, a, http.StatusCreated, "")
	rels := storage.Must(tc.store.As(storage.Viewer{System: true}).RelationsOf(ctx, []models.Ref{{Kind: models.KindClaim, ID: claim.ID}}))(t)
	if len(rels) != 1 || rels[0].Kind != "repeats" || rels[0].FromID != int64(a.data()["id"].(float64)) {
		t.Errorf("relations %+v", rels)
	}
	a = tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": "Repeating nothing", "repeats": 99999})
	wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
	if a.errorField("field") != "repeats" {
		t.Errorf("field %q", a.errorField("field"))
	}
	// A PUT never asks.
	a = tc.api(token, http.MethodPut, "/api/v1/sources/"+itoa(src.ID), map[string]any{"kind": "article", "title": "Renamed",
		"url": "https://nzherald.co.nz/world/china-shuns", "version": src.Version})
	wantAPI(t, a, http.StatusOK, "")
}
