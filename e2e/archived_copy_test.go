package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/storage"
)

// livePage is a page that, opened as it was served, runs scripts and loads
// a script, a style sheet, an image, a background image, a font, a frame, a
// prefetch and a refresh from the site it came from.
const livePage = `<!DOCTYPE html><html><head><title>Ambassador's remarks</title>
<meta http-equiv="refresh" content="5; url=/moved">
<link rel="stylesheet" href="/site.css"><link rel="prefetch" href="/next.html">
<style>@import url("/import.css"); @font-face { font-family: F; src: url("/font.woff2") } p.lead { font-family: F; font-weight: bold }</style>
<script src="/app.js"></script>
<script>document.addEventListener("DOMContentLoaded", () => { const p = document.createElement("p"); p.id = "ran"; p.textContent = "a script ran"; document.body.append(p); fetch("/beacon") })</script>
</head><body onload="document.body.append('onload ran')">
<h1>Remarks to the press</h1>
<p class="lead" id="lead">Ambassador Chen Xu called the assessment groundless blame.</p>
<p style="background-image: url(/bg.png)">The live page may have changed since.</p>
<img src="/photo.jpg" alt="The ambassador speaking"><iframe src="/ad.html"></iframe>
</body></html>`

// liveSite serves livePage at /remarks and counts every request it gets.
func liveSite(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(livePage))
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// keepArchivedSource captures addr (a local site, so with a fetcher that may
// reach it) as a source's capture and returns the archived copy's path.
func keepArchivedSource(t *testing.T, s *storage.Store, addr string) string {
	t.Helper()
	f, err := capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 10 * time.Second}.Fetch(t.Context(), addr)
	if err != nil {
		t.Fatal(err)
	}
	src := storage.MakeSource(t, s, "Ambassador's remarks", "Ambassador Chen Xu called the assessment groundless blame.", "2022-09-10")
	rec, warc, err := archive.FromFetch(f, src.Text, 0)
	if err != nil {
		t.Fatal(err)
	}
	rec.SourceID = &src.ID
	if err := archive.Of(s).Keep(models.AsSystem(context.Background()), &rec, warc); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("/sources/%d/captures/%d/archived", src.ID, rec.ID)
}

// countingProxy is the browser's proxy for every address, loopback
// included: it notes each request the browser sends, from any of its
// processes (a sandboxed frame runs in one of its own), and passes it on.
type countingProxy struct {
	mu   sync.Mutex
	urls []string
}

func (p *countingProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.urls = append(p.urls, r.Method+" "+r.URL.String())
	p.mu.Unlock()
	if r.Method == http.MethodConnect {
		http.Error(w, "no tunnels here", http.StatusMethodNotAllowed)
		return
	}
	(&httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) { pr.Out.URL = pr.In.URL },
		ErrorHandler: func(w http.ResponseWriter, _ *http.Request, _ error) { w.WriteHeader(http.StatusBadGateway) }}).ServeHTTP(w, r)
}

// chromiumsOwn reports a request of Chromium's own services (updates, sign-in,
// autofill), which it sends whatever page is open.
func chromiumsOwn(u string) bool {
	host := u
	if i := strings.Index(u, "//"); i >= 0 {
		host = u[i+2:]
	}
	host, _, _ = strings.Cut(host, "/")
	host, _, _ = strings.Cut(host, ":")
	for _, d := range []string{".google.com", ".googleapis.com", ".gvt1.com", ".gstatic.com"} {
		if strings.HasSuffix(host, d) {
			return true
		}
	}
	return false
}

func (p *countingProxy) seen() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.urls)
}

// browserThroughProxy starts Chromium with every request through a counting proxy.
func browserThroughProxy(t *testing.T) (context.Context, *countingProxy) {
	t.Helper()
	p := &countingProxy{}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	ctx := newBrowserWith(t, chromedp.ProxyServer(srv.URL), chromedp.Flag("proxy-bypass-list", "<-loopback>"))
	return ctx, p
}

// frameContext attaches to the sandboxed frame whose address ends in suffix,
// which Chromium runs as a target of its own.
func frameContext(t *testing.T, ctx context.Context, suffix string) context.Context {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatalf("list the browser's targets: %v", err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasSuffix(info.URL, suffix) {
				fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				return fctx
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no frame target at …%s among %d targets", suffix, len(infos))
		}
	}
}

// TestTheArchivedCopyRunsNothingAndLoadsNothing captures a page from a local
// site, then opens its archived copy in Chromium at 1280 and 390 px: the
// banner says what it is; the copy shows the page's words inside the frame;
// none of its scripts ran (neither the one that would add an element nor the
// body's onload); and nothing of it reached the site — the site counts no
// request, and every request the browser sent (counted by a proxy all its
// requests go through) went to factline. axe-core finds nothing serious in
// the banner page, light or dark.
func TestTheArchivedCopyRunsNothingAndLoadsNothing(t *testing.T) {
	a := startApp(t)
	site, hits := liveSite(t)
	path := keepArchivedSource(t, a.store, site.URL+"/remarks")
	hits.Store(0)

	ctx, proxy := browserThroughProxy(t)
	signIn(t, ctx, a)
	for _, width := range []int64{1280, 390} {
		do(t, ctx, fmt.Sprintf("open the archived copy at %d px", width),
			chromedp.EmulateViewport(width, 900),
			chromedp.Navigate(a.url+path),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="archived-banner"]`)),
			waitFor(`document.readyState === "complete"`),
		)
		if got := textOf(t, ctx, `[data-testid="archived-what"]`); !strings.Contains(got, "Archived by factline on") ||
			!strings.Contains(got, site.URL+"/remarks") || !strings.Contains(got, "The live page may differ.") {
			t.Errorf("the banner says %q", got)
		}
		if got := textOf(t, ctx, `[data-testid="archived-stamp"]`); got != "Not time-stamped." {
			t.Errorf("the banner's timestamp status %q", got)
		}
		frame := frameContext(t, ctx, path+"/page")
		if got := eval[string](t, frame, `document.getElementById("lead").innerText`); got != "Ambassador Chen Xu called the assessment groundless blame." {
			t.Errorf("the copy in the frame shows %q", got)
		}
		if got := eval[string](t, frame, `document.body.innerText`); strings.Contains(got, "ran") {
			t.Errorf("a script of the copy ran: %q", got)
		}
		if w := eval[float64](t, ctx, `document.documentElement.scrollWidth`); w > float64(width) {
			t.Errorf("the archived copy's page is %.0f px wide at %d px", w, width)
		}
		saveViewport(t, ctx, fmt.Sprintf("archived-copy-%d", width))
	}
	script := axeScript(t)
	for _, scheme := range []string{"light", "dark"} {
		setColorScheme(t, ctx, scheme)
		for _, v := range axeViolations(t, ctx, script, a.url+path) {
			t.Errorf("the archived copy's banner (%s): %s %s: %s\n\t%s", scheme, v.Impact, v.ID, v.Help, strings.Join(v.Nodes, "\n\t"))
		}
	}
	do(t, ctx, "open the copy alone, past its refresh's delay",
		chromedp.Navigate(a.url+path+"/page"),
		chromedp.WaitVisible(chromedp.CSS("#lead")),
		chromedp.Sleep(6*time.Second))
	if n := count(t, ctx, "#ran"); n != 0 || strings.Contains(location(t, ctx), "moved") {
		t.Errorf("opened alone, the copy ran a script (%d) or moved to %s", n, location(t, ctx))
	}

	if n := hits.Load(); n != 0 {
		t.Errorf("the archived copy made %d requests to the live site", n)
	}
	seen := proxy.seen()
	if !slices.Contains(seen, "GET "+a.url+path+"/page") {
		t.Fatalf("the proxy did not see the copy's request: the count is not working (%d seen)", len(seen))
	}
	for _, u := range seen {
		if !strings.HasPrefix(u, "GET "+a.url+"/") && !strings.HasPrefix(u, "POST "+a.url+"/") && !chromiumsOwn(u) {
			t.Errorf("a request left factline: %s", u)
		}
	}
}
