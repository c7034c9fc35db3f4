package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	revisions "github.com/factline/factline/models/history"
	"github.com/factline/factline/models/storage"
)

func TestAPIListsPageByCursor(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("pager")
	for i := range 7 {
		storage.MakeEvent(t, tc.store, fmt.Sprintf("Session day %d", i+1), "2022-09-12")
	}
	var titles []string
	path, pages := "/api/v1/events?limit=3", 0
	for path != "" {
		a := tc.api(token, http.MethodGet, path, nil)
		wantAPI(t, a, http.StatusOK, "")
		pages++
		rows, _ := a.Body["data"].([]any)
		if len(rows) > 3 {
			t.Fatalf("page of %d rows with limit 3", len(rows))
		}
		for _, r := range rows {
			titles = append(titles, r.(map[string]any)["title"].(string))
		}
		path = ""
		if next, ok := a.Body["next_cursor"].(string); ok {
			path = "/api/v1/events?limit=3&cursor=" + next
		} else if a.Body["next_cursor"] != nil {
			t.Fatalf("next_cursor %v", a.Body["next_cursor"])
		}
	}
	if pages != 3 || len(titles) != 7 || titles[0] != "Session day 1" || titles[6] != "Session day 7" {
		t.Fatalf("%d pages: %v", pages, titles)
	}

	a := tc.api(token, http.MethodGet, "/api/v1/events?limit=201", nil)
	wantAPI(t, a, http.StatusBadRequest, "bad_request")
	if a.errorField("field") != "limit" {
		t.Fatalf("field %q", a.errorField("field"))
	}
	a = tc.api(token, http.MethodGet, "/api/v1/events?cursor=bogus", nil)
	wantAPI(t, a, http.StatusBadRequest, "bad_request")
	if a.errorField("field") != "cursor" {
		t.Fatalf("field %q", a.errorField("field"))
	}
}

func TestAPIWritesAndReadsTheWorkedExample(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("importer")
	tl := storage.MakeTimeline(t, tc.store, "xinjiang")

	a := tc.api(token, http.MethodPost, "/api/v1/sources", map[string]any{"kind": "article", "title": "China shuns co-operation",
		"publisher": "NZ Herald", "published": "10 September 2022", "text": `Chen Xu said the report offered up "groundless blame".`})
	wantAPI(t, a, http.StatusCreated, "")
	src := a.data()
	if src["published"] != "2022-09-10" {
		t.Fatalf("source: %v", src)
	}
	a = tc.api(token, http.MethodPost, "/api/v1/actors", map[string]any{"kind": "person", "name": "Chen Xu"})
	wantAPI(t, a, http.StatusCreated, "")
	speaker := a.data()["id"]
	a = tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": "The report offered up groundless blame",
		"speaker_id": speaker, "said_on": "../2022-09-10", "tags": []string{"Xinjiang"}})
	wantAPI(t, a, http.StatusCreated, "")
	claim := a.data()
	path := fmt.Sprintf("/api/v1/claims/%v", claim["id"])

	a = tc.api(token, http.MethodPost, path+"/citations", map[string]any{"source_id": src["id"], "quote": "groundless blame"})
	wantAPI(t, a, http.StatusCreated, "")
	if a.data()["prefix"] == "" || a.data()["start_offset"] == nil {
		t.Fatalf("citation not anchored: %v", a.data())
	}
	wantAPI(t, tc.api(token, http.MethodPost, "/api/v1/timelines/xinjiang/entries",
		map[string]any{"kind": "claim", "item_id": claim["id"], "lane": "China"}), http.StatusCreated, "")

	a = tc.api(token, http.MethodPut, path, map[string]any{"text": "The report offered up \"groundless blame\"",
		"speaker_id": speaker, "said_on": "../2022-09-10", "rating": "unsupported", "version": claim["version"]})
	wantAPI(t, a, http.StatusOK, "")
	if a.data()["rating"] != "unsupported" || a.data()["version"].(float64) != 2 {
		t.Fatalf("updated claim: %v", a.data())
	}

	a = tc.api(token, http.MethodGet, path, nil)
	if cits, _ := a.data()["citations"].([]any); len(cits) != 1 {
		t.Fatalf("claim citations: %v", a.data())
	}
	read := a.data() // sent back whole, as docs/API.md shows
	read["rating"] = "misleading"
	a = tc.api(token, http.MethodPut, path, read)
	wantAPI(t, a, http.StatusOK, "")
	if a.data()["rating"] != "misleading" || a.data()["text"] != read["text"] || a.data()["speaker_id"] != speaker {
		t.Fatalf("claim sent back whole: %v", a.data())
	}
	a = tc.api(token, http.MethodGet, "/api/v1/timelines/"+tl.Slug, nil)
	entries, _ := a.data()["entries"].([]any)
	if len(entries) != 1 || entries[0].(map[string]any)["lane"] != "China" || entries[0].(map[string]any)["speaker_name"] != "Chen Xu" {
		t.Fatalf("timeline: %v", a.data())
	}
	history, err := revisions.Of(tc.store).History(t.Context(), "claim", int64(claim["id"].(float64)))
	if err != nil || len(history) != 3 || history[0].UserName != "editor" {
		t.Fatalf("history %v, %v", history, err)
	}
}

func TestAPIErrorsAreJSONWithCodeAndField(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("errors")
	claim := storage.MakeClaim(t, tc.store, nil, "some violations could amount to crimes against humanity", "2022-08-31")
	path := fmt.Sprintf("/api/v1/claims/%d", claim.ID)

	a := tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": " "})
	wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
	if a.errorField("field") != "text" || a.errorField("message") == "" {
		t.Fatalf("422: %v", a.Body)
	}
	a = tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": "x", "said_on": "08/09/2022"})
	wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
	if a.errorField("field") != "said_on" {
		t.Fatalf("ambiguous date: %v", a.Body)
	}
	a = tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": "x", "speaker_id": 999})
	if a.Status != http.StatusUnprocessableEntity || a.errorField("field") != "speaker_id" {
		t.Fatalf("unknown speaker: %v", a.Body)
	}

	a = tc.api(token, http.MethodPut, path, map[string]any{"text": "changed"})
	if a.Status != http.StatusUnprocessableEntity || a.errorField("field") != "version" {
		t.Fatalf("PUT without version: %v", a.Body)
	}
	wantAPI(t, tc.api(token, http.MethodPut, path, map[string]any{"text": "first", "version": 1}), http.StatusOK, "")
	a = tc.api(token, http.MethodPut, path, map[string]any{"text": "second, from a stale read", "version": 1})
	wantAPI(t, a, http.StatusConflict, "conflict")
	if got := storage.Must(tc.store.GetClaim(t.Context(), claim.ID))(t); got.Text != "first" {
		t.Fatalf("the stale save overwrote: %q", got.Text)
	}

	wantAPI(t, tc.api(token, http.MethodGet, "/api/v1/claims/99999", nil), http.StatusNotFound, "not_found")
	wantAPI(t, tc.api(token, http.MethodPut, "/api/v1/claims/99999", map[string]any{"text": "x", "version": 1}), http.StatusNotFound, "not_found")
	wantAPI(t, tc.api(token, http.MethodGet, "/api/v1/no-such-thing", nil), http.StatusNotFound, "not_found")
	wantAPI(t, tc.api(token, http.MethodPost, "/api/v1/claims", `{"text": `), http.StatusBadRequest, "bad_json")
	a = tc.api(token, http.MethodPost, "/api/v1/claims", `{"text": 42}`)
	if a.Status != http.StatusBadRequest || a.errorField("field") != "text" {
		t.Fatalf("wrong type: %v", a.Body)
	}
	big := `{"kind": "article", "title": "big", "text": "` + strings.Repeat("a", 6<<20) + `"}`
	wantAPI(t, tc.api(token, http.MethodPost, "/api/v1/sources", big), http.StatusRequestEntityTooLarge, "too_large")
	a = tc.api(token, http.MethodPost, fmt.Sprintf("/api/v1/claims/%d/citations", claim.ID), map[string]any{"source_id": 12345, "quote": "q"})
	if a.Status != http.StatusUnprocessableEntity || a.errorField("field") != "source_id" {
		t.Fatalf("citation of a missing source: %v", a.Body)
	}
}
