package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

func TestEmbedShowsPublicTimelinesToAnyFrame(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	res, doc := tc.get("/embed/timelines/"+demo.Slug, nil)
	wantStatus(t, res, http.StatusOK)
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors *") {
		t.Errorf("embed CSP %q", csp)
	}
	if doc.Find(`[data-testid="entry"]`).Length() != 7 || doc.Find("form, header.site").Length() != 0 {
		t.Error("embed is not the bare timeline")
	}
	res, _ = tc.get("/timelines/"+demo.Slug, nil)
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("page CSP %q", csp)
	}
	tl := &models.Timeline{Slug: "team-only", Title: "Team", Visibility: "team"}
	if err := tc.store.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	res, _ = tc.get("/embed/timelines/team-only", nil)
	wantStatus(t, res, http.StatusNotFound)
}

func TestHomeShowsVisitorsOnlyPublicTimelines(t *testing.T) {
	tc := newAnonClient(t)
	loadDemo(t, tc)
	storage.MakeClaim(t, tc.store, nil, "a team-only claim", "2022")
	res, doc := tc.get("/", nil)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`[data-testid="timeline-list"] li`).Length() != 1 {
		t.Error("the public demo timeline is not listed")
	}
	if strings.Contains(doc.Text(), "Recent claims") || strings.Contains(doc.Text(), "team-only") {
		t.Error("a visitor sees team material on the front page")
	}
}
