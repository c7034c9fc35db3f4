package archive_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/storage"
)

// articlePage is a news page of about 40 KB: a site's head, navigation and
// scripts around 40 paragraphs of article text, each paragraph different.
func articlePage() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UN rights office report</title>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<link rel="preload" href="/static/chunk-%d.%x.js" as="script"><meta property="og:tag" content="tag %d">`, i, i*7919, i)
	}
	b.WriteString(`<script>window.__STATE__=` + strings.Repeat(`{"section":"world","slot":"ad-top","sizes":[[300,250],[728,90]]},`, 300) + `{}</script></head><body><nav>`)
	for i := range 80 {
		fmt.Fprintf(&b, `<a class="nav-link nav-link--%d" href="/section/%d">Section %d</a>`, i%7, i, i)
	}
	b.WriteString(`</nav><article>`)
	for i := range 40 {
		fmt.Fprintf(&b, `<p>Paragraph %d: on %d September 2022 the ambassador, speaking to reporters in Geneva for the %dth time that week, `+
			`said the assessment of %d pages offered up "groundless blame" of the policies adopted in %d; officials cited figures of %d and %d.</p>`,
			i, 1+i%30, 2+i, 40+i, 2014+i%8, 1000+i*37, 73*i+11)
	}
	b.WriteString(`</article><footer>` + strings.Repeat(`<a href="/legal">Legal</a> · `, 40) + `</footer></body></html>`)
	return b.String()
}

// BenchmarkCaptureStoragePerPage fetches an article page from a local site
// and keeps it, and reports what one capture costs: the page, the WARC file
// kept (gzip members, the requests and response headers included) and how
// much the database file grew per capture over b.N captures (SQLite).
func BenchmarkCaptureStoragePerPage(b *testing.B) {
	page := articlePage()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, page)
	}))
	defer srv.Close()
	path := filepath.Join(b.TempDir(), "bench.db")
	s := storage.NewTestStoreAt(b, path)
	a := archive.Of(s)
	ctx := models.AsSystem(context.Background())
	fetcher := capture.Fetcher{AllowPrivate: true, MaxBytes: 10 << 20, Timeout: 10 * time.Second}
	size := func() int64 {
		var n int64
		for _, f := range []string{path, path + "-wal"} {
			if st, err := os.Stat(f); err == nil {
				n += st.Size()
			}
		}
		return n
	}
	checkpoint := func() {
		if err := s.Writer(ctx).Exec("PRAGMA wal_checkpoint(TRUNCATE)").Error; err != nil {
			b.Fatal(err)
		}
	}
	checkpoint()
	before := size()
	var kept int64
	b.ResetTimer()
	for range b.N {
		f, err := fetcher.Fetch(ctx, srv.URL+"/article")
		if err != nil {
			b.Fatal(err)
		}
		c, warc, err := archive.FromFetch(f, "", 0)
		if err != nil {
			b.Fatal(err)
		}
		if err := a.Keep(ctx, &c, warc); err != nil {
			b.Fatal(err)
		}
		kept += int64(len(warc))
	}
	b.StopTimer()
	checkpoint()
	b.ReportMetric(float64(len(page)), "page-B")
	b.ReportMetric(float64(kept)/float64(b.N), "kept-B/capture")
	b.ReportMetric(float64(size()-before)/float64(b.N), "db-B/capture")
}
