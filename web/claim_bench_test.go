package web

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// BenchmarkClaimPage serves a claim page through the real router, and the same
// bytes from memory with plain net/http, side by side; DESIGN.md §12 wants the
// page at no less than a quarter of the plain rate. It reports the ratio.
func BenchmarkClaimPage(b *testing.B) {
	sideBySide(b, "/claims/1", false) // on the public demo timeline
}

// BenchmarkDemoTimelinePage is BenchmarkClaimPage for the demo timeline's
// page; DESIGN.md §12 wants at least 0.15 of the plain rate.
func BenchmarkDemoTimelinePage(b *testing.B) {
	sideBySide(b, "/timelines/"+demo.Slug, false)
}

// BenchmarkSignedInClaimPage is BenchmarkClaimPage for a signed-in editor,
// whose pages the visitors' cache does not serve: every request reads the
// session and the claim and renders; DESIGN.md §12 wants at least 0.15 of the
// plain rate.
func BenchmarkSignedInClaimPage(b *testing.B) {
	sideBySide(b, "/claims/1", true)
}

// BenchmarkSignedInDemoTimelinePage is BenchmarkDemoTimelinePage for a
// signed-in editor; DESIGN.md §12 wants at least 0.10 of the plain rate.
func BenchmarkSignedInDemoTimelinePage(b *testing.B) {
	sideBySide(b, "/timelines/"+demo.Slug, true)
}

// sideBySide serves path of the demo through the real router, to a visitor or
// to an editor signed in, and the same bytes from memory with plain net/http,
// with 8 clients each, and reports both rates and their ratio.
func sideBySide(b *testing.B, path string, signedIn bool) {
	store := storage.NewTestStore(b, nil)
	if _, err := demo.Load(b.Context(), store); err != nil {
		b.Fatal(err)
	}
	tc := newAnonClientOn(b, Config{}, store)
	if signedIn {
		tc.signInAs("researcher@example.org", models.RoleEditor)
	}
	ts := tc.srv
	res, err := tc.http.Get(ts.URL + path)
	if err != nil || res.StatusCode != http.StatusOK {
		b.Fatalf("%s: %v %v", path, err, res.Status)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if signedIn != bytes.Contains(page, []byte(`action="/logout"`)) {
		b.Fatalf("%s: signed in %v, but the page does not say so", path, signedIn)
	}
	plain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.Copy(w, bytes.NewReader(page))
	}))
	defer plain.Close()
	// The browser's cookies (the session's, when signed in) go with every request.
	client := &http.Client{Jar: tc.http.Jar, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	// rate sends n requests from 8 clients at once and returns requests a
	// second and the process's CPU time a request (clients' and server's).
	rate := func(url string, n int) (perSecond float64, cpu time.Duration) {
		start, cpu0 := time.Now(), processCPU(b)
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
		return float64(n) / time.Since(start).Seconds(), (processCPU(b) - cpu0) / time.Duration(n)
	}
	// cpu-ratio is the ratio of CPU a request, which other processes on a
	// shared machine change less than they change the rates.
	for b.Loop() {
		app, appCPU := rate(ts.URL+path, 2000)
		base, baseCPU := rate(plain.URL+path, 2000)
		b.ReportMetric(app, "page-req/s")
		b.ReportMetric(base, "plain-req/s")
		b.ReportMetric(app/base, "ratio")
		b.ReportMetric(float64(baseCPU)/float64(appCPU), "cpu-ratio")
	}
}
