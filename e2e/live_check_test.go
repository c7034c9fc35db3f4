package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// articlePage is a news page as a site serves it, its third paragraph as given.
func articlePage(third string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>UN rights office says China may have committed crimes against humanity</title></head><body>
<article><h1>UN rights office says China may have committed crimes against humanity</h1>
<p>The U.N. human rights office says China has committed serious human rights violations that may amount to crimes against humanity in its treatment of Uyghurs.</p>
<p>The report was released minutes before High Commissioner Michelle Bachelet's term ended.</p>
<p>` + third + `</p>
<p>Rights groups said the findings should lead to an independent international investigation.</p>
</article></body></html>`
}

// changingPages serves each path's page, or 404 for a path it does not have.
type changingPages struct {
	mu    sync.Mutex
	pages map[string]string
}

func (s *changingPages) set(path, page string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if page == "" {
		delete(s.pages, path)
		return
	}
	s.pages[path] = page
}

func (s *changingPages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	page, ok := s.pages[r.URL.Path]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(page))
}

// TestTheLivePageCheckIsShownWhereTheSourceIs keeps captures of two pages of
// a local site and cites both on a claim; one page then changes a paragraph
// and the other goes, and their live pages are checked (with a fetcher that
// may reach the local site). In Chromium at 1280 and 390 px wide: the source
// page marks the change and lists the paragraph removed and the one added,
// or says the site answered 404, without widening the page (nor does the
// "Read with highlights" button); the claim marks both citations and leads
// to the archived copies; the source list filters by the state. The pages
// pass axe-core in the light and dark schemes.
func TestTheLivePageCheckIsShownWhereTheSourceIs(t *testing.T) {
	a := startApp(t)
	ctx := models.AsSystem(context.Background())
	before := "China's ambassador Chen Xu said the assessment offered up groundless blame and that China refused to co-operate with its authors."
	after := "China's ambassador Chen Xu said the assessment offered up groundless blame and that China would not co-operate with its authors."
	long := "/news/2022/09/01/un-rights-office-says-china-may-have-committed-crimes-against-humanity-in-xinjiang"
	site := &changingPages{pages: map[string]string{long: articlePage(before), "/statement": articlePage(before)}}
	srv := httptest.NewServer(site)
	defer srv.Close()
	c := capture.NewCapturer(capture.DefaultLimits, capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 10 * time.Second})
	keep := func(path, title string) *models.Source {
		t.Helper()
		art, err := c.Capture(ctx, nil, srv.URL+path)
		if err != nil {
			t.Fatal(err)
		}
		src := &models.Source{Kind: "article", Title: title, URL: srv.URL + path, Text: art.Text, Published: edtf.MustParse("2022-09-01")}
		if err := a.store.SaveSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		rec, kept, err := archive.FromFetch(art.Fetched, art.Text, 0)
		if err != nil {
			t.Fatal(err)
		}
		rec.SourceID = &src.ID
		if err := archive.Of(a.store).Keep(ctx, &rec, kept); err != nil {
			t.Fatal(err)
		}
		return src
	}
	changed, gone := keep(long, "UN rights office says China may have committed crimes against humanity"), keep("/statement", "Statement of the Chinese mission")
	claim := storage.MakeClaim(t, a.store, storage.MakeActor(t, a.store, "Chen Xu"), "The assessment offered up groundless blame.", "2022-09-01")
	for _, src := range []*models.Source{changed, gone} {
		storage.MakeCitation(t, a.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless blame")
	}
	site.set(long, articlePage(after))
	site.set("/statement", "")
	for src, want := range map[*models.Source]string{changed: models.LiveChanged, gone: models.LiveGone} {
		if got, err := archive.Of(a.store).CheckLive(ctx, c, src, 0); err != nil || got.State != want {
			t.Fatalf("the live check of %q: %+v, %v; want %s", src.Title, got, err, want)
		}
	}

	b := newBrowser(t)
	signIn(t, b, a)
	shots := os.Getenv("FACTLINE_SCREENSHOTS")
	for _, width := range []int64{1280, 390} {
		load := func(path string) {
			t.Helper()
			do(t, b, fmt.Sprintf("open %s at %d px", path, width), chromedp.EmulateViewport(width, 900), chromedp.Navigate(a.url+path),
				waitFor(`document.readyState === "complete"`))
			if w := eval[float64](t, b, `document.documentElement.scrollWidth`); w > float64(width) {
				t.Errorf("%s at %d px is %.0f px wide", path, width, w)
			}
			if shots != "" {
				full, err := chromedp.Run(b, chromedp.FullScreenshot(100))
				if err == nil {
					name := strings.Trim(strings.NewReplacer("/", "_", "?", "_", "=", "-").Replace(path), "_")
					err = os.WriteFile(filepath.Join(shots, fmt.Sprintf("live-%s-%d.png", name, width)), full, 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		load(fmt.Sprintf("/sources/%d", changed.ID))
		if got := textOf(t, b, `[data-testid="live-state"]`); !strings.Contains(got, "live page changed") {
			t.Errorf("the changed source's live page: %q", got)
		}
		if removed, added := textOf(t, b, `[data-testid="live-removed"]`), textOf(t, b, `[data-testid="live-added"]`); !strings.Contains(removed, "refused to co-operate") || !strings.Contains(added, "would not co-operate") {
			t.Errorf("what differs: removed %q, added %q", removed, added)
		}
		if right := eval[float64](t, b, `document.querySelector('[data-testid="read-link"]').getBoundingClientRect().right`); right > float64(width) {
			t.Errorf("the read link ends at %.0f px on a %d px page", right, width)
		}
		load(fmt.Sprintf("/sources/%d", gone.ID))
		if got := textOf(t, b, `[data-testid="live-state"]`); !strings.Contains(got, "live page gone") || !strings.Contains(got, "404 Not Found") {
			t.Errorf("the gone source's live page: %q", got)
		}
		load(fmt.Sprintf("/claims/%d", claim.ID))
		if n := count(t, b, `#citations [data-testid="live-badge"]`); n != 2 {
			t.Errorf("the claim marks %d of its 2 citations", n)
		}
		if n := count(t, b, `#citations a[data-testid="citation-archived"][href$="/archived"]`); n != 2 {
			t.Errorf("the claim leads to %d archived copies", n)
		}
		load("/sources?live=gone")
		if got := textOf(t, b, `[data-testid="source-list"]`); !strings.Contains(got, gone.Title) || strings.Contains(got, changed.Title) {
			t.Errorf("the gone sources: %q", got)
		}
	}

	t.Run("axe", func(t *testing.T) {
		script := axeScript(t)
		do(t, b, "desktop width", chromedp.EmulateViewport(1280, 900))
		for _, scheme := range []string{"light", "dark"} {
			setColorScheme(t, b, scheme)
			for _, path := range []string{fmt.Sprintf("/sources/%d", changed.ID), fmt.Sprintf("/sources/%d", gone.ID), "/sources", fmt.Sprintf("/claims/%d", claim.ID)} {
				for _, v := range axeViolations(t, b, script, a.url+path) {
					t.Errorf("%s (%s): %s %s: %s\n\t%s", path, scheme, v.Impact, v.ID, v.Help, strings.Join(v.Nodes, "\n\t"))
				}
			}
		}
	})
}
