package web

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

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

// BenchmarkTimelineFirstWindow serves the first window of public timelines of
// 1,000, 10,000 and 100,000 claims (ARCHITECTURE.md §10: under 50 ms of server
// time and 300 KB of HTML whatever the length, memory not growing with it):
// the time, bytes and allocations of one page, each length beside the others,
// and the time of the first page after a write, which counts the whole
// timeline again.
func BenchmarkTimelineFirstWindow(b *testing.B) {
	if models.TestDialect() != models.SQLite {
		b.Skip("seeds with SQLite's date functions")
	}
	store := models.NewTestStore(b, nil)
	srv, err := New(b.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1_000, 10_000, 100_000} {
		slug := fmt.Sprintf("long-%d", n)
		models.SeedLongTimeline(b, store, slug, n)
		req := httptest.NewRequest(http.MethodGet, "/timelines/"+slug, nil)
		// The first request after a write reads the whole timeline's counts
		// and facets; later ones, at the same data version, take them cached.
		start := time.Now()
		srv.ServeHTTP(httptest.NewRecorder(), req)
		first := time.Since(start)
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			visit := 0
			for b.Loop() {
				// A new address each time, which the visitors' page cache has not
				// seen: every request renders its window (the counts stay cached).
				visit++
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, fmt.Sprintf("/timelines/%s?visit=%d", slug, visit), nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
				b.ReportMetric(float64(rec.Body.Len())/1024, "KB/page")
				b.ReportMetric(float64(first.Microseconds())/1000, "first-after-write-ms")
			}
		})
	}
}
