package archive_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/storage"
)

// changingSite serves a page whose body, status and redirect a test sets.
type changingSite struct {
	mu     sync.Mutex
	body   string
	status int
	moveTo string
}

func (s *changingSite) set(body string, status int, moveTo string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.body, s.status, s.moveTo = body, status, moveTo
}

func (s *changingSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.moveTo != "" && r.URL.Path == "/article" {
		http.Redirect(w, r, s.moveTo, http.StatusMovedPermanently)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(s.status)
	_, _ = w.Write([]byte(s.body))
}

const (
	articleBefore = `<html><head><title>Rights office report</title></head><body><article>
<p>Chen Xu told the press association that the assessment offered up groundless blame of China's policies.</p>
<p>China has repeatedly called the assessment a fabrication cooked up by Western nations.</p>
<p>On Thursday the General Assembly approved Volker Türk as the next High Commissioner.</p>
</article></body></html>`
	articleAfter = `<html><head><title>Rights office report</title></head><body><article>
<p>Chen Xu told the press association that the assessment offered up groundless blame of China's policies.</p>
<p>China has repeatedly rejected the assessment as a fabrication.</p>
<p>On Thursday the General Assembly approved Volker Türk as the next High Commissioner.</p>
</article></body></html>`
)

func localCapturer() *capture.Capturer {
	return capture.NewCapturer(capture.DefaultLimits, capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 5 * time.Second})
}

// TestTheLivePageIsCheckedAgainstTheCapture captures a page, then checks its
// live address as the site changes: same; changed, with the paragraph
// removed and the one added; moved when it answers from another address;
// gone on a 404 and when nothing answers. Each check is kept, newest first,
// and the source's live state follows the newest; the source list filters on it.
func TestTheLivePageIsCheckedAgainstTheCapture(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	ana := makeUser(t, s, "ana@example.org")
	site := &changingSite{body: articleBefore, status: http.StatusOK}
	srv := httptest.NewServer(site)
	c := localCapturer()
	a := archive.Of(s)

	f, err := capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 5 * time.Second}.Fetch(t.Context(), srv.URL+"/article")
	if err != nil {
		t.Fatal(err)
	}
	src := &models.Source{Kind: "article", Title: "Rights office report", URL: srv.URL + "/article", Text: "a researcher's own excerpt"}
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	rec, warc, err := archive.FromFetch(f, "", ana.ID)
	if err != nil {
		t.Fatal(err)
	}
	rec.SourceID = &src.ID
	if err := a.Keep(ctx, &rec, warc); err != nil {
		t.Fatal(err)
	}

	check := func(want string) *models.LiveCheck {
		t.Helper()
		got, err := a.CheckLive(ctx, c, src, ana.ID)
		if err != nil {
			t.Fatalf("check for %s: %v", want, err)
		}
		if got.State != want || got.CaptureID == nil || *got.CaptureID != rec.ID || got.CheckedBy == nil || *got.CheckedBy != ana.ID {
			t.Fatalf("check: %+v, want %s against capture %d", got, want, rec.ID)
		}
		if stored := storage.Must(s.GetSource(ctx, src.ID))(t); stored.LiveState != want {
			t.Errorf("the source's live state is %q after a check that found %s", stored.LiveState, want)
		}
		return got
	}
	// The source's text is the researcher's excerpt: the page is compared
	// with the capture's page, not with it.
	if got := check(models.LiveSame); len(got.Changes) != 0 || got.Status != 200 {
		t.Errorf("same: %+v", got)
	}

	site.set(articleAfter, http.StatusOK, "")
	got := check(models.LiveChanged)
	var removed, added []string
	unchanged := 0
	for _, ch := range got.Changes {
		switch ch.Op {
		case "-":
			removed = append(removed, ch.Text)
		case "+":
			added = append(added, ch.Text)
		case "=":
			unchanged += ch.Unchanged
		}
	}
	if len(removed) != 1 || !strings.Contains(removed[0], "cooked up by Western nations") ||
		len(added) != 1 || !strings.Contains(added[0], "repeatedly rejected") || unchanged < 2 {
		t.Errorf("changes: removed %q, added %q, %d unchanged", removed, added, unchanged)
	}

	site.set(articleBefore, http.StatusOK, "/news/2022/report")
	if got := check(models.LiveMoved); got.FinalURL != srv.URL+"/news/2022/report" || len(got.Changes) != 0 {
		t.Errorf("moved: %+v", got)
	}

	site.set("<p>Not found</p>", http.StatusNotFound, "")
	if got := check(models.LiveGone); got.Status != 404 || !strings.Contains(got.Problem, "404") {
		t.Errorf("gone with a 404: %+v", got)
	}
	srv.Close()
	if got := check(models.LiveGone); got.Status != 0 || !strings.Contains(got.Problem, "could not be reached") {
		t.Errorf("gone with no answer: %+v", got)
	}

	checks := storage.Must(a.LiveChecks(ctx, src.ID, 10))(t)
	var states []string
	for _, ch := range checks {
		states = append(states, ch.State)
	}
	if strings.Join(states, " ") != "gone gone moved changed same" {
		t.Errorf("the checks kept, newest first: %v", states)
	}
	other := storage.MakeSource(t, s, "Never checked", "text", "2022-09-10")
	if gone := storage.Must(a.SourcesLive(ctx, models.LiveGone, 10))(t); len(gone) != 1 || gone[0].ID != src.ID || gone[0].Text != "" {
		t.Errorf("the gone sources: %+v", gone)
	}
	if never := storage.Must(a.SourcesLive(ctx, "", 10))(t); len(never) != 1 || never[0].ID != other.ID {
		t.Errorf("the sources never checked: %+v", never)
	}
}

// TestALivePageWithoutCaptureIsComparedWithTheSourceText checks a source
// that was typed in, not captured: the live page's text is compared with
// the source's; a source without an address is refused.
func TestALivePageWithoutCaptureIsComparedWithTheSourceText(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	site := &changingSite{body: articleBefore, status: http.StatusOK}
	srv := httptest.NewServer(site)
	defer srv.Close()
	c := localCapturer()
	a, err := c.Capture(t.Context(), []byte(articleBefore), srv.URL+"/article")
	if err != nil {
		t.Fatal(err)
	}
	src := &models.Source{Kind: "article", Title: "Rights office report", URL: srv.URL + "/article", Text: a.Text}
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	got, err := archive.Of(s).CheckLive(ctx, c, src, 0)
	if err != nil || got.State != models.LiveSame || got.CaptureID != nil || got.CheckedBy != nil {
		t.Fatalf("a typed-in source whose page is as typed: %+v, %v", got, err)
	}
	site.set(articleAfter, http.StatusOK, "")
	if got, err := archive.Of(s).CheckLive(ctx, c, src, 0); err != nil || got.State != models.LiveChanged {
		t.Errorf("after the page changed: %+v, %v", got, err)
	}
	none := storage.MakeSource(t, s, "A printed leaflet", "text", "2022-09-10")
	if _, err := archive.Of(s).CheckLive(ctx, c, none, 0); !errors.Is(err, archive.ErrNoAddress) {
		t.Errorf("a source without an address: %v", err)
	}
}

// TestTextChangesKeepsOrderAndBound compares texts paragraph by paragraph,
// and keeps at most a bounded number of changes of a page rewritten whole.
func TestTextChangesKeepsOrderAndBound(t *testing.T) {
	got := archive.TextChanges("a\nb\nc\nd", "a\nB\nc\nd\ne")
	want := []models.TextChange{{Op: "=", Unchanged: 1}, {Op: "-", Text: "b"}, {Op: "+", Text: "B"}, {Op: "=", Unchanged: 2}, {Op: "+", Text: "e"}}
	if len(got) != len(want) {
		t.Fatalf("changes %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	var before, after strings.Builder
	for i := range 1000 {
		before.WriteString("old paragraph " + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "\n")
		after.WriteString("new paragraph " + string(rune('a'+i%26)) + strings.Repeat("y", i%5) + "\n")
	}
	big := archive.TextChanges(before.String(), after.String())
	if last := big[len(big)-1]; len(big) > 401 || last.Op != "…" || last.Unchanged == 0 {
		t.Errorf("%d changes of a text rewritten whole, the last %+v", len(big), last)
	}
}

// TestALiveCheckRefusesWhatCaptureRefuses checks a source on the loopback
// network with factline's own fetcher, and one whose page is larger than
// the fetcher reads: each is capture's refusal, not a page gone, and
// nothing is kept.
func TestALiveCheckRefusesWhatCaptureRefuses(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	srv := httptest.NewServer(&changingSite{body: articleBefore + strings.Repeat(" ", 2<<10), status: http.StatusOK})
	defer srv.Close()
	src := &models.Source{Kind: "article", Title: "Rights office report", URL: srv.URL + "/article"}
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*capture.Capturer{
		"private, loopback": capture.NewCapturer(capture.DefaultLimits, capture.DefaultFetcher),
		"larger than":       capture.NewCapturer(capture.DefaultLimits, capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 10, Timeout: 5 * time.Second}),
	} {
		var refused *capture.RefusedError
		if _, err := archive.Of(s).CheckLive(ctx, c, src, 0); !errors.As(err, &refused) || !strings.Contains(refused.Reason, name) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if checks := storage.Must(archive.Of(s).LiveChecks(ctx, src.ID, 10))(t); len(checks) != 0 {
		t.Errorf("%d checks kept of pages factline refused", len(checks))
	}
	if stored := storage.Must(s.GetSource(ctx, src.ID))(t); stored.LiveState != "" {
		t.Errorf("the source's live state is %q", stored.LiveState)
	}
}
