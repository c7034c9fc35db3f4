package web

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/factline/factline/models"
)

// BenchmarkClaimPage serves a claim page through the real router, and the same
// bytes from memory with plain net/http, side by side; DESIGN.md §12 wants the
// page at no less than a quarter of the plain rate. It reports the ratio.
func BenchmarkClaimPage(b *testing.B) {
	sideBySide(b, "/claims/1") // on the public demo timeline
}

// BenchmarkDemoTimelinePage is BenchmarkClaimPage for the demo timeline's
// page; DESIGN.md §12 wants at least 0.15 of the plain rate.
func BenchmarkDemoTimelinePage(b *testing.B) {
	sideBySide(b, "/timelines/"+models.DemoSlug)
}

// sideBySide serves path of the demo through the real router, and the same
// bytes from memory with plain net/http, with 8 clients each, and reports both
// rates and their ratio.
func sideBySide(b *testing.B, path string) {
	store := models.NewTestStore(b, nil)
	if _, err := models.LoadDemo(b.Context(), store); err != nil {
		b.Fatal(err)
	}
	srv, err := New(b.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	res, err := http.Get(ts.URL + path)
	if err != nil || res.StatusCode != http.StatusOK {
		b.Fatalf("%s: %v %v", path, err, res.Status)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	plain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.Copy(w, bytes.NewReader(page))
	}))
	defer plain.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	// rate sends n requests from 8 clients at once and returns requests a second.
	rate := func(url string, n int) float64 {
		start := time.Now()
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range n / 8 {
					res, err := client.Get(url)
					if err != nil {
						b.Error(err)
						return
					}
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
			}()
		}
		wg.Wait()
		return float64(n) / time.Since(start).Seconds()
	}
	for b.Loop() {
		app, base := rate(ts.URL+path, 2000), rate(plain.URL+path, 2000)
		b.ReportMetric(app, "page-req/s")
		b.ReportMetric(base, "plain-req/s")
		b.ReportMetric(app/base, "ratio")
	}
}
