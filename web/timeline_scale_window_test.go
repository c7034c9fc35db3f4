package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/models/timescale"
)

// TestScaleViewReadsOnlyItsWindow serves one window of the time-scaled view
// of two public timelines that hold the same 12 claims in it, one with 400
// more outside it: the page draws the window's 12 and allocates about as much
// for either (it used to load every entry of the timeline: ten times as
// much), and its JSON twin gives the window's entries only (it gave the
// timeline's first ones, wherever the window was).
func TestScaleViewReadsOnlyItsWindow(t *testing.T) {
	tc := newAnonClient(t)
	s := tc.store
	speaker := storage.MakeActor(t, s, "Window speaker")
	for _, tl := range []struct {
		slug    string
		outside int
	}{{"short", 0}, {"long", 400}} {
		var refs []models.Ref
		for i := range 12 {
			c := storage.MakeClaim(t, s, speaker, fmt.Sprintf("In the window %d", i), fmt.Sprintf("2022-03-%02d", i+1))
			refs = append(refs, models.Ref{Kind: models.KindClaim, ID: c.ID})
		}
		for i := range tl.outside {
			c := storage.MakeClaim(t, s, speaker, fmt.Sprintf("Outside the window %d", i), fmt.Sprintf("%d-%02d-%02d", 2000+i%20, i%12+1, i%28+1))
			refs = append(refs, models.Ref{Kind: models.KindClaim, ID: c.ID})
		}
		storage.MakeTimeline(t, s, tl.slug, refs...)
	}
	t0, t1 := timescale.DayNumber(2022, 2, 25), timescale.DayNumber(2022, 3, 20)
	window := func(slug string, visit int, format string) string {
		return fmt.Sprintf("/timelines/%s?view=scale&t0=%.4f&t1=%.4f&visit=%d%s", slug, t0, t1, visit, format)
	}
	allocated := map[string]uint64{}
	for _, slug := range []string{"short", "long"} {
		_, doc := tc.get(window(slug, 0, ""), nil) // the first look at this data version counts the timeline
		summary, _ := doc.Find(`[data-testid="timescale"]`).Attr("aria-label")
		if n := doc.Find(`[data-testid="ts-mark"]`).Length(); n == 0 || !strings.Contains(summary, ": 12 entries") {
			t.Errorf("%s: %d marks in the window, and it says %q; want 12 entries", slug, n, summary)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		rec := httptest.NewRecorder()
		tc.server.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, window(slug, 1, ""), nil))
		runtime.ReadMemStats(&after)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", slug, rec.Code)
		}
		allocated[slug] = after.TotalAlloc - before.TotalAlloc

		rec = httptest.NewRecorder()
		tc.server.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, window(slug, 2, "&format=json"), nil))
		var body struct {
			Entries []struct {
				Title string `json:"title"`
			} `json:"entries"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("%s: JSON twin: %v", slug, err)
		}
		if len(body.Entries) != 12 {
			t.Errorf("%s: the JSON twin of the window gives %d entries, want its 12", slug, len(body.Entries))
		}
		for _, e := range body.Entries {
			if len(e.Title) < 13 || e.Title[:13] != "In the window" {
				t.Errorf("%s: the JSON twin of the window gives %q, which is outside it", slug, e.Title)
			}
		}
	}
	if ratio := float64(allocated["long"]) / float64(allocated["short"]); ratio > 1.5 {
		t.Errorf("the window allocates %d bytes on the short timeline and %d on the long one (%.1f times); want about the same",
			allocated["short"], allocated["long"], ratio)
	}
	t.Logf("the window allocates %d bytes on a timeline of 12 entries, %d on one of 412", allocated["short"], allocated["long"])
}
