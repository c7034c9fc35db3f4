package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/factline/factline/models"
)

// BenchmarkTimelinePage1000 measures the server time of a 1,000-entry timeline
// page (ARCHITECTURE.md §10 budget: under 50 ms), through the real router.
func BenchmarkTimelinePage1000(b *testing.B) { benchTimelinePage(b, "/timelines/big") }

// BenchmarkTimelineScale1000 measures the time-scaled view of a 1,000-entry
// timeline, which the same budget bounds.
func BenchmarkTimelineScale1000(b *testing.B) { benchTimelinePage(b, "/timelines/big?view=scale") }

// benchTimelinePage serves path of a seeded 1,000-entry timeline "big" and
// reports the page's size beside its time.
func benchTimelinePage(b *testing.B, path string) {
	store := models.NewTestStore(b, nil)
	models.SeedTimeline(b, store, "big", 1000)
	srv, err := New(b.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodGet, path, nil)
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
		b.ReportMetric(float64(rec.Body.Len())/1024, "KB/page")
	}
}
