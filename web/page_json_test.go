package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// TestPageJSONIsWhatAPIMdSays: every page docs/API.md §7 lists answers JSON at
// its own address, with the keys it documents; the trash, which it does not
// list, answers its page only.
func TestPageJSONIsWhatAPIMdSays(t *testing.T) {
	tc := newTestClient(t)
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	claim := storage.MakeClaim(t, tc.store, nil, "the assessment is a fabrication", "2022-09-10")
	event := storage.MakeEvent(t, tc.store, "The assessment is published", "2022-08-31")
	actor := storage.MakeActor(t, tc.store, "Michelle Bachelet")
	source := storage.MakeSource(t, tc.store, "The assessment", "The assessment is a fabrication, it said.", "2022-09-01")
	objects := map[string][]string{
		"/timelines/" + demo.Slug:                 {"timeline", "total", "shown", "entries"},
		"/claims/" + itoa(claim.ID):               {"claim", "citations", "relations", "timelines", "repetitions", "citations_next", "relations_next", "timelines_next", "repetitions_next"},
		"/events/" + itoa(event.ID):               {"event", "citations", "relations", "timelines", "participants_next", "citations_next", "relations_next", "timelines_next"},
		"/actors/" + itoa(actor.ID):               {"actor", "claims", "events", "repeats", "claims_next", "events_next", "repeats_next"},
		"/sources/" + itoa(source.ID):             {"source", "captures", "cited_by", "cited_by_next"},
		"/search?q=assessment":                    {"query", "kind", "hits", "timed_out"},
		"/timelines/" + demo.Slug + "?view=scale": {"timeline", "total", "shown", "entries"},
	}
	for path, keys := range objects {
		body := pageJSON(t, tc, path)
		obj, ok := body.(map[string]any)
		if !ok {
			t.Errorf("%s: %T, want an object", path, body)
			continue
		}
		for _, k := range keys {
			if _, ok := obj[k]; !ok {
				t.Errorf("%s: no %q in %v", path, k, obj)
			}
		}
		if len(obj) != len(keys) {
			t.Errorf("%s: %d keys, docs/API.md lists %d: %v", path, len(obj), len(keys), obj)
		}
	}
	for _, path := range []string{"/timelines", "/claims", "/events", "/actors", "/sources",
		"/timelines/" + demo.Slug + "/history", "/claims/" + itoa(claim.ID) + "/history"} {
		if _, ok := pageJSON(t, tc, path).([]any); !ok {
			t.Errorf("%s: not an array", path)
		}
	}
	res, _ := tc.get("/trash?format=json", map[string]string{"Accept": "application/json"})
	wantStatus(t, res, http.StatusOK)
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("/trash answers %q, want its page only", ct)
	}
}

// pageJSON is the page's JSON twin at path (?format=json), decoded.
func pageJSON(t *testing.T, tc *testClient, path string) any {
	t.Helper()
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	res, body := getBody(t, tc, path+sep+"format=json")
	wantStatus(t, res, http.StatusOK)
	var v any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}
