package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/storage"
)

// liveTestSite serves capturedPage at /report until told to change it, to
// answer 404, or to move it.
type liveTestSite struct {
	mu     sync.Mutex
	page   string
	status int
}

func (s *liveTestSite) set(page string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.page, s.status = page, status
}

func (s *liveTestSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(s.status)
	_, _ = io.WriteString(w, s.page)
}

// TestTheLivePageIsCheckedAndMarkedWhereCited captures a page and cites it,
// then checks its live page as the site changes and goes: the source page
// says unchanged, then changed with the paragraph removed and the one added,
// then gone with the site's 404; the claim citing it marks the source and
// leads to the archived copy it was cited from; the source list filters by
// the state; a visitor cannot ask for a check.
func TestTheLivePageIsCheckedAndMarkedWhereCited(t *testing.T) {
	site := &liveTestSite{page: capturedPage, status: http.StatusOK}
	srv := httptest.NewServer(site)
	defer srv.Close()
	tc := newTestClient(t)
	fetchingLocally(tc)
	id := captureSource(t, tc, srv.URL+"/report")
	src := storage.Must(tc.store.GetSource(context.Background(), id))(t)
	claim := storage.MakeClaim(t, tc.store, storage.MakeActor(t, tc.store, "Chen Xu"), "Groundless blame.", "2022-09-10")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless blame")
	kept := storage.Must(archive.Of(tc.store).Captures(context.Background(), id))(t)

	source := fmt.Sprintf("/sources/%d", id)
	_, doc := tc.get(source, nil)
	if !strings.Contains(text(doc.Find(`[data-testid="live-none"]`)), "Not checked yet") {
		t.Errorf("before any check: %q", text(doc.Find(`[data-testid="live"]`)))
	}
	checkNow := func(want string) string {
		t.Helper()
		res, _ := tc.post(source+"/live-check", nil, false)
		wantStatus(t, res, http.StatusSeeOther)
		_, doc := tc.get(source, nil)
		state := text(doc.Find(`[data-testid="live-state"]`))
		if !strings.Contains(state, want) || !strings.Contains(state, fmt.Sprintf("against capture %d", kept[0].ID)) {
			t.Errorf("after a check: %q, want %q", state, want)
		}
		return text(doc.Find(`[data-testid="live"]`))
	}
	checkNow("live page unchanged")

	site.set(strings.Replace(capturedPage, "refused to co-operate", "agreed to talk", 1), http.StatusOK)
	checkNow("live page changed")
	_, doc = tc.get(source, nil)
	if removed, added := text(doc.Find(`[data-testid="live-removed"]`)), text(doc.Find(`[data-testid="live-added"]`)); !strings.Contains(removed, "refused to co-operate") ||
		!strings.Contains(added, "agreed to talk") || strings.Contains(added, "refused") {
		t.Errorf("what differs: removed %q, added %q", removed, added)
	}
	if href := doc.Find(`[data-testid="live-archived"]`).AttrOr("href", ""); href != fmt.Sprintf("%s/captures/%d/archived", source, kept[0].ID) {
		t.Errorf("the check leads to %q for the archived copy", href)
	}

	site.set("<h1>Not here</h1>", http.StatusNotFound)
	if got := checkNow("live page gone"); !strings.Contains(got, "The site answered 404 Not Found") || !strings.Contains(got, "Earlier checks (2)") {
		t.Errorf("gone: %q", got)
	}
	_, doc = tc.get(fmt.Sprintf("/claims/%d", claim.ID), nil)
	if badge := text(doc.Find(`#citations [data-testid="live-badge"]`)); badge != "live page gone" {
		t.Errorf("the claim's citation is marked %q", badge)
	}
	// The citation was made after the capture: it leads to that capture's copy.
	if href := doc.Find(`#citations [data-testid="citation-archived"]`).AttrOr("href", ""); href != fmt.Sprintf("%s/captures/%d/archived", source, kept[0].ID) {
		t.Errorf("the citation leads to %q for the archived copy", href)
	}

	storage.MakeSource(t, tc.store, "A leaflet", "text", "2022-09-10")
	for query, want := range map[string][]string{"?live=gone": {"Rights office report"}, "?live=changed": nil,
		"?live=none": {"A leaflet"}, "": {"Rights office report", "A leaflet"}} {
		_, doc := tc.get("/sources"+query, nil)
		var got []string
		doc.Find(`[data-testid="source-list"] cite`).Each(func(_ int, s *goquery.Selection) { got = append(got, text(s)) })
		if strings.Join(got, "|") != strings.Join(want, "|") && !(query == "" && len(got) == 2) {
			t.Errorf("/sources%s lists %q, want %q", query, got, want)
		}
	}

	anon := newAnonClientOn(t, Config{}, tc.store)
	anon.get(source, nil)
	if res, _ := anon.post(source+"/live-check", nil, false); res.StatusCode == http.StatusSeeOther {
		t.Error("a visitor checked a live page")
	}
}

// TestTheScheduleChecksSourcesNotCheckedLately runs a round of the schedule:
// it checks the sources with an address not checked since the round's
// limit, as nobody, and leaves those checked since and those without one.
func TestTheScheduleChecksSourcesNotCheckedLately(t *testing.T) {
	site := &liveTestSite{page: capturedPage, status: http.StatusOK}
	srv := httptest.NewServer(site)
	defer srv.Close()
	tc := newTestClient(t)
	fetchingLocally(tc)
	ctx := models.AsSystem(context.Background())
	first, second := &models.Source{Kind: "article", Title: "First", URL: srv.URL + "/a"}, &models.Source{Kind: "article", Title: "Second", URL: srv.URL + "/b"}
	for _, s := range []*models.Source{first, second} {
		if err := tc.store.SaveSource(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	storage.MakeSource(t, tc.store, "No address", "text", "2022-09-10")
	start := time.Now()
	if err := tc.server.reader.CheckLiveRound(ctx, start); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*models.Source{first, second} {
		checks := storage.Must(archive.Of(tc.store).LiveChecks(ctx, s.ID, 10))(t)
		if len(checks) != 1 || checks[0].CheckedBy != nil || checks[0].State != models.LiveChanged {
			t.Errorf("%s after a round: %+v", s.Title, checks)
		}
	}
	if err := tc.server.reader.CheckLiveRound(ctx, start); err != nil {
		t.Fatal(err)
	}
	if checks := storage.Must(archive.Of(tc.store).LiveChecks(ctx, first.ID, 10))(t); len(checks) != 1 {
		t.Errorf("a source checked since the limit was checked again: %d checks", len(checks))
	}
}

// TestALiveCheckIsRefusedAsCaptureRefuses asks for live checks that must
// not run: with factline's own fetcher, a loopback address is refused with
// capture's reason; a form without the CSRF token and a signed-in viewer are
// refused. None keeps a check or changes the source's live state.
func TestALiveCheckIsRefusedAsCaptureRefuses(t *testing.T) {
	site := localSite(t)
	tc := newTestClient(t)
	src := &models.Source{Kind: "article", Title: "Local page", URL: site.URL + "/report"}
	if err := tc.store.SaveSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/sources/%d", src.ID)
	tc.get(path, nil)
	res, doc := tc.post(path+"/live-check", nil, false)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(doc.Text(), "private, loopback") {
		t.Errorf("a live check of a loopback address: %d %q", res.StatusCode, text(doc.Find("main")))
	}

	fetchingLocally(tc) // from here on the site could be reached: only the refusals stop a check
	if res, _ := tc.post(path+"/live-check", url.Values{"_csrf": {"forged"}}, false); res.StatusCode != http.StatusForbidden {
		t.Errorf("a live check without the CSRF token: %d", res.StatusCode)
	}
	tc.signInAs("viewer@example.org", models.RoleViewer)
	tc.get(path, nil)
	if res, _ := tc.post(path+"/live-check", nil, false); res.StatusCode != http.StatusForbidden {
		t.Errorf("a viewer's live check: %d", res.StatusCode)
	}
	if checks := storage.Must(archive.Of(tc.store).LiveChecks(context.Background(), src.ID, 10))(t); len(checks) != 0 {
		t.Errorf("%d live checks kept", len(checks))
	}
	if stored := storage.Must(tc.store.GetSource(context.Background(), src.ID))(t); stored.LiveState != "" {
		t.Errorf("the source's live state is %q", stored.LiveState)
	}
}

// TestTheScheduleGoesPastSourcesItCannotCheck fills a round with sources
// whose address capture refuses (a redirect loop): the next round goes on
// to the source after them instead of trying them again.
func TestTheScheduleGoesPastSourcesItCannotCheck(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/loop" {
			http.Redirect(w, r, "/loop", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, capturedPage)
	}))
	defer srv.Close()
	tc := newTestClient(t)
	fetchingLocally(tc)
	ctx := models.AsSystem(context.Background())
	for i := range 20 {
		if err := tc.store.SaveSource(ctx, &models.Source{Kind: "article", Title: fmt.Sprintf("Loop %d", i), URL: srv.URL + "/loop"}); err != nil {
			t.Fatal(err)
		}
	}
	last := &models.Source{Kind: "article", Title: "Report", URL: srv.URL + "/report"}
	if err := tc.store.SaveSource(ctx, last); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for range 2 {
		if err := tc.server.reader.CheckLiveRound(ctx, start); err != nil {
			t.Fatal(err)
		}
	}
	if checks := storage.Must(archive.Of(tc.store).LiveChecks(ctx, last.ID, 10))(t); len(checks) != 1 {
		t.Errorf("the source after a round of refused ones: %d checks after two rounds", len(checks))
	}
}
