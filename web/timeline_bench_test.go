package web

import (
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	"github.com/factline/factline/models/storage"
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
	store := storage.NewTestStore(b, nil)
	storage.SeedTimeline(b, store, "big", 1000)
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
// the time, bytes and allocations of one page, each length beside the others;
// "cached" serves pages of one data version, "after-write" changes a claim's
// rating on the timeline before each page (not timed), so that every page
// reads the whole timeline's counts and facets afresh.
func BenchmarkTimelineFirstWindow(b *testing.B) {
	if storage.TestEngine() != storage.SQLite {
		b.Skip("seeds with SQLite's date functions")
	}
	store := storage.NewTestStore(b, nil)
	srv, err := New(b.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	db, err := store.DB()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1_000, 10_000, 100_000} {
		slug := fmt.Sprintf("long-%d", n)
		tl := storage.SeedLongTimeline(b, store, slug, n)
		for _, write := range []bool{false, true} {
			name := fmt.Sprintf("cached/entries=%d", n)
			if write {
				name = fmt.Sprintf("after-write/entries=%d", n)
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				visit := 0
				for b.Loop() {
					if write {
						b.StopTimer()
						_, err := db.ExecContext(b.Context(), `UPDATE claims SET rating = CASE rating WHEN 'mixed' THEN 'accurate' ELSE 'mixed' END
							WHERE id = (SELECT min(item_id) FROM timeline_entries WHERE timeline_id = ?)`, tl.ID)
						if err != nil {
							b.Fatal(err)
						}
						b.StartTimer()
					}
					// A new address each time, which the visitors' page cache has
					// not seen: every request renders its window.
					visit++
					rec := httptest.NewRecorder()
					srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, fmt.Sprintf("/timelines/%s?visit=%d", slug, visit), nil))
					if rec.Code != http.StatusOK {
						b.Fatalf("status %d", rec.Code)
					}
					b.ReportMetric(float64(rec.Body.Len())/1024, "KB/page")
				}
			})
		}
	}
}

// BenchmarkTimelineScaleWindow serves the time-scaled view of public
// timelines of 1,000, 20,000 and 100,000 claims (one every three days from
// 2000), each request a window the visitors' cache has not seen: "year" a
// year's window (about 120 marks, drawn one by one), "tenth" a tenth of the
// timeline (2,000 marks and more are drawn as density), "whole" the whole
// timeline, and "whole-after-write" the same after a write (not timed), so
// that it counts the timeline afresh. The view's time and memory should not
// grow with the timeline's length past what the window draws (ARCHITECTURE.md
// §10). cpu-ms/op is the process's CPU time, which other processes on the
// machine do not inflate as they do ns/op.
func BenchmarkTimelineScaleWindow(b *testing.B) {
	if storage.TestEngine() != storage.SQLite {
		b.Skip("seeds with SQLite's date functions")
	}
	store := storage.NewTestStore(b, nil)
	srv, err := New(b.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	db, err := store.DB()
	if err != nil {
		b.Fatal(err)
	}
	const start = 10957.0 // 2000-01-01, in days since 1970
	for _, n := range []int{1_000, 20_000, 100_000} {
		slug := fmt.Sprintf("long-%d", n)
		tl := storage.SeedLongTimeline(b, store, slug, n)
		span := float64(n * 3)
		for _, w := range []struct {
			name  string
			width float64
			write bool
		}{{"year", 365, false}, {"tenth", span / 10, false}, {"whole", 0, false}, {"whole-after-write", 0, true}} {
			b.Run(fmt.Sprintf("%s/entries=%d", w.name, n), func(b *testing.B) {
				b.ReportAllocs()
				// A first look at the data version, which the windows after a
				// write pay for in the loop.
				srv.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/timelines/"+slug+"?view=scale&by=lane&first=1", nil))
				visit, cpu := 0, time.Duration(0)
				for b.Loop() {
					if w.write {
						b.StopTimer()
						_, err := db.ExecContext(b.Context(), `UPDATE claims SET rating = CASE rating WHEN 'mixed' THEN 'accurate' ELSE 'mixed' END
							WHERE id = (SELECT min(item_id) FROM timeline_entries WHERE timeline_id = ?)`, tl.ID)
						if err != nil {
							b.Fatal(err)
						}
						b.StartTimer()
					}
					visit++
					path := fmt.Sprintf("/timelines/%s?view=scale&visit=%d", slug, visit)
					if w.width > 0 { // a window a little later each time
						t0 := start + math.Mod(float64(visit)*37.25, span-w.width)
						path = fmt.Sprintf("/timelines/%s?view=scale&t0=%.4f&t1=%.4f", slug, t0, t0+w.width)
					}
					before := processCPU(b)
					rec := httptest.NewRecorder()
					srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
					cpu += processCPU(b) - before
					if rec.Code != http.StatusOK {
						b.Fatalf("status %d", rec.Code)
					}
					b.ReportMetric(float64(rec.Body.Len())/1024, "KB/page")
				}
				b.ReportMetric(float64(cpu)/1e6/float64(visit), "cpu-ms/op")
			})
		}
	}
}

// processCPU is the CPU time the process has used, user and system.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
