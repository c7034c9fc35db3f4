package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestSearchPastItsDeadlineAnswersAMessage searches on a store whose deadline
// has always passed: the page answers 200 and says so, never a 500.
func TestSearchPastItsDeadlineAnswersAMessage(t *testing.T) {
	store, err := storage.Open(storage.TestDSN(t), storage.Options{SearchDeadline: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	if err := store.Migrate(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
	handler, err := New(t.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	tc := &testClient{t: t, srv: srv, store: store, server: handler}
	tc.newBrowser()
	tc.signInAs("editor@example.org", models.RoleEditor)
	storage.MakeClaim(t, store, nil, "groundless blame", "2022")

	for _, headers := range []map[string]string{nil, {"HX-Request": "true"}} {
		res, doc := tc.get("/search?q=groundless", headers)
		wantStatus(t, res, http.StatusOK)
		if doc.Find(`[data-testid="search-timeout"]`).Length() != 1 {
			t.Errorf("headers %v: no message that the search took too long", headers)
		}
	}
}

// TestLiveSearchMatchesTheLastWordAsAPrefix: while typing, "ground" finds
// "groundless"; a submitted search finds whole words only.
func TestLiveSearchMatchesTheLastWordAsAPrefix(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeClaim(t, tc.store, nil, "groundless blame", "2022")
	_, doc := tc.get("/search?q=ground", map[string]string{"HX-Request": "true"})
	if n := doc.Find(`[data-testid="hit"]`).Length(); n != 1 {
		t.Errorf("live search for ground: %d hits, want 1", n)
	}
	_, doc = tc.get("/search?q=ground", nil)
	if n := doc.Find(`[data-testid="hit"]`).Length(); n != 0 {
		t.Errorf("submitted search for ground: %d hits, want 0", n)
	}
	_, doc = tc.get(`/search?q=%22groundless+blame%22`, nil)
	if n := doc.Find(`[data-testid="hit"]`).Length(); n != 1 {
		t.Errorf("phrase search: %d hits, want 1", n)
	}
}
