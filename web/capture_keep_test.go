package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/archive/tsatest"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/storage"
)

// localSite serves capturedPage at /report behind a redirect from /short.
func localSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/short" {
			http.Redirect(w, r, "/report", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, capturedPage)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// fetchingLocally lets the server's capture reach a local test site.
func fetchingLocally(tc *testClient) {
	tc.server.reader.Capturer = capture.NewCapturer(capture.DefaultLimits,
		capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 5 * time.Second})
}

// captureSource captures the page at addr through the capture form and saves
// the reviewed source; it returns the source's id.
func captureSource(t *testing.T, tc *testClient, addr string) int64 {
	t.Helper()
	tc.get("/capture", nil)
	res, doc := tc.post("/capture", url.Values{"url": {addr}}, false)
	wantStatus(t, res, http.StatusOK)
	form := url.Values{}
	doc.Find(`[data-testid="source-form"] input, [data-testid="source-form"] select`).Each(func(_ int, s *goquery.Selection) {
		if name := s.AttrOr("name", ""); name != "" && name != "_csrf" {
			form.Set(name, s.AttrOr("value", ""))
		}
	})
	form.Set("kind", "article")
	form.Set("text", doc.Find(`[data-testid="source-form"] textarea[name="text"]`).Text())
	if form.Get("capture_id") == "" {
		t.Fatal("the review form carries no capture")
	}
	res, _ = tc.post("/sources", form, false)
	wantStatus(t, res, http.StatusSeeOther)
	var id int64
	if _, err := fmt.Sscanf(res.Header.Get("Location"), "/sources/%d", &id); err != nil {
		t.Fatalf("saved to %q", res.Header.Get("Location"))
	}
	return id
}

// TestACapturedPageIsKeptHashedAndTimeStamped captures a page by its
// address (through a redirect) with a local time-stamping authority: the
// source page lists the capture (address asked and reached, status, who,
// SHA-256, "time-stamped by … ✓"); its download is the WARC file kept, whose
// token openssl verifies against the authority's root; Verify re-hashes and
// checks it; a re-capture adds a second capture and leaves the first as it was.
func TestACapturedPageIsKeptHashedAndTimeStamped(t *testing.T) {
	tsa := tsatest.Start(t)
	site := localSite(t)
	tc := newAnonClientWith(t, Config{TSAURLs: []string{tsa.URL}})
	editor := tc.signInAs("editor@example.org", models.RoleEditor)
	fetchingLocally(tc)
	id := captureSource(t, tc, site.URL+"/short")

	res, doc := tc.get(fmt.Sprintf("/sources/%d", id), nil)
	wantStatus(t, res, http.StatusOK)
	caps := doc.Find(`[data-testid="capture"]`)
	what := text(caps.Find(`[data-testid="capture-what"]`))
	if caps.Length() != 1 || !strings.Contains(what, site.URL+"/report") || !strings.Contains(what, "asked for "+site.URL+"/short") ||
		!strings.Contains(what, "HTTP 200") || !strings.Contains(what, "by "+editor.Name) {
		t.Fatalf("%d captures: %q", caps.Length(), what)
	}
	sum := sha256.Sum256([]byte(capturedPage))
	if digest := text(caps.Find(`[data-testid="capture-digest"]`)); !strings.Contains(digest, hex.EncodeToString(sum[:])) {
		t.Errorf("the page's digest is not shown: %q", digest)
	}
	if stamp := text(caps.Find(`[data-testid="timestamp"]`)); !strings.Contains(stamp, "Time-stamped by "+tsa.URL) || !strings.Contains(stamp, "✓") {
		t.Errorf("timestamp %q", stamp)
	}
	if doc.Find(`[data-testid="no-tsa"]`).Length() != 0 {
		t.Error("the page says no authority is configured")
	}

	res, body := getBody(t, tc, caps.Find(`[data-testid="capture-download"]`).AttrOr("href", ""))
	wantStatus(t, res, http.StatusOK)
	got := sha256.Sum256([]byte(body))
	if hex.EncodeToString(got[:]) != text(caps.Find(`[data-testid="stored-sha256"]`)) || !strings.HasPrefix(body, "\x1f\x8b") ||
		res.Header.Get("Content-Type") != "application/warc" || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("the download is not the kept WARC file: %s %s", res.Header.Get("Content-Type"), res.Header.Get("Content-Disposition"))
	}
	kept := storage.Must(archive.Of(tc.store).Captures(context.Background(), id))(t)
	if len(kept) != 1 || len(kept[0].Timestamps) != 1 || kept[0].CapturedBy == nil || *kept[0].CapturedBy != editor.ID {
		t.Fatalf("kept: %+v", kept)
	}
	if out, ok := tsa.Verify(t, kept[0].Timestamps[0].Token, []byte(body)); !ok {
		t.Errorf("openssl ts -verify of the downloaded capture:\n%s", out)
	}

	verify := fmt.Sprintf("/sources/%d/captures/%d/verify", id, kept[0].ID)
	res, doc = tc.post(verify, nil, true)
	wantStatus(t, res, http.StatusOK)
	check := text(doc.Find(`[data-testid="capture-check"]`))
	if !strings.Contains(check, "✓ The kept bytes hash to SHA-256 "+kept[0].StoredSHA256) || !strings.Contains(check, "✓ The token of "+tsa.URL) ||
		!strings.Contains(check, "factline test TSA") {
		t.Errorf("verify: %q", check)
	}

	res, _ = tc.post(fmt.Sprintf("/sources/%d/captures", id), nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	again := storage.Must(archive.Of(tc.store).Captures(context.Background(), id))(t)
	if len(again) != 2 || again[1].ID != kept[0].ID || again[1].StoredSHA256 != kept[0].StoredSHA256 || again[0].StoredSHA256 == kept[0].StoredSHA256 {
		t.Errorf("after a re-capture: %+v", again)
	}
}

// TestWithoutAnAuthorityThePageSaysSo captures with no --tsa-url: the
// capture is kept, and the page says it is not time-stamped and why.
func TestWithoutAnAuthorityThePageSaysSo(t *testing.T) {
	site := localSite(t)
	tc := newTestClient(t)
	fetchingLocally(tc)
	id := captureSource(t, tc, site.URL+"/report")
	_, doc := tc.get(fmt.Sprintf("/sources/%d", id), nil)
	if doc.Find(`[data-testid="capture"]`).Length() != 1 || doc.Find(`[data-testid="not-stamped"]`).Length() != 1 ||
		!strings.Contains(text(doc.Find(`[data-testid="no-tsa"]`)), "--tsa-url") {
		t.Errorf("captures: %q", text(doc.Find(`[data-testid="captures"]`)))
	}
}

// TestACaptureIsReadOnlyByWhoMayReadItsSource serves a capture's bytes and
// its verify action only to who may read the source: a visitor reads the
// capture of a source cited on a public timeline, not of one that is not;
// a capture is not found under another source's address.
func TestACaptureIsReadOnlyByWhoMayReadItsSource(t *testing.T) {
	tc := newAnonClient(t)
	ctx := models.AsSystem(context.Background())
	keep := func(src *models.Source) int64 {
		c := archive.FromUpload("page.html", "text/html", []byte(capturedPage), "", 0)
		c.SourceID = &src.ID
		if err := archive.Of(tc.store).Keep(ctx, &c, []byte(capturedPage)); err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	team := storage.MakeSource(t, tc.store, "Team notes", "groundless blame", "2022-09-10")
	public := storage.MakeSource(t, tc.store, "Public report", "groundless blame", "2022-09-10")
	claim := storage.MakeClaim(t, tc.store, storage.MakeActor(t, tc.store, "Chen Xu"), "Groundless blame.", "2022-09-10")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, public, "groundless blame")
	storage.MakeTimeline(t, tc.store, "open", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	teamCapture, publicCapture := keep(team), keep(public)

	for path, want := range map[string]int{
		fmt.Sprintf("/sources/%d/captures/%d", team.ID, teamCapture):     http.StatusNotFound,
		fmt.Sprintf("/sources/%d/captures/%d", public.ID, teamCapture):   http.StatusNotFound,
		fmt.Sprintf("/sources/%d/captures/%d", public.ID, publicCapture): http.StatusOK,
	} {
		res, body := getBody(t, tc, path)
		if res.StatusCode != want || (want == http.StatusOK) != (body == capturedPage) {
			t.Errorf("a visitor GET %s: %d, want %d", path, res.StatusCode, want)
		}
	}
	tc.get(fmt.Sprintf("/sources/%d", public.ID), nil)
	if res, _ := tc.post(fmt.Sprintf("/sources/%d/captures/%d/verify", team.ID, teamCapture), nil, false); res.StatusCode != http.StatusNotFound {
		t.Errorf("a visitor verified a team source's capture: %d", res.StatusCode)
	}
	if res, _ := tc.post(fmt.Sprintf("/sources/%d/captures/%d/verify", public.ID, publicCapture), url.Values{"_csrf": {"forged"}}, false); res.StatusCode != http.StatusForbidden {
		t.Errorf("verify without the CSRF token: %d", res.StatusCode)
	}
	if res, _ := tc.post(fmt.Sprintf("/sources/%d/captures", public.ID), nil, false); res.StatusCode == http.StatusSeeOther {
		t.Error("a visitor re-captured a source")
	}
	tc.signInAs("viewer@example.org", models.RoleViewer)
	if res, body := getBody(t, tc, fmt.Sprintf("/sources/%d/captures/%d", team.ID, teamCapture)); res.StatusCode != http.StatusOK || body != capturedPage {
		t.Errorf("a signed-in viewer reading a team source's capture: %d", res.StatusCode)
	}
}

// TestReCaptureRefusesPrivateAddresses re-captures a source whose address is
// on the loopback network with factline's own fetcher: refused with the
// reason, and no capture is kept.
func TestReCaptureRefusesPrivateAddresses(t *testing.T) {
	site := localSite(t)
	tc := newTestClient(t)
	src := &models.Source{Kind: "article", Title: "Local page", URL: site.URL + "/report"}
	if err := tc.store.SaveSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	tc.get(fmt.Sprintf("/sources/%d", src.ID), nil)
	res, doc := tc.post(fmt.Sprintf("/sources/%d/captures", src.ID), nil, false)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(doc.Text(), "private, loopback") {
		t.Errorf("re-capture of a loopback address: %d %q", res.StatusCode, text(doc.Find("main")))
	}
	if kept := storage.Must(archive.Of(tc.store).Captures(context.Background(), src.ID))(t); len(kept) != 0 {
		t.Errorf("%d captures kept", len(kept))
	}
}
