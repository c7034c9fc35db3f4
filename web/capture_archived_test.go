package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/storage"
)

// TestTheArchivedCopyIsServedFromTheKeptBytes captures a page by its address,
// then closes the site: the source page links the archived copy; its banner
// says from where and when, the kept bytes' SHA-256 and that it is not
// time-stamped, with the live address and the WARC download; the frame's
// address answers the page from the WARC (no script left) under a policy that
// lets nothing load or run, which only factline may frame.
func TestTheArchivedCopyIsServedFromTheKeptBytes(t *testing.T) {
	site := localSite(t)
	tc := newTestClient(t)
	fetchingLocally(tc)
	id := captureSource(t, tc, site.URL+"/short")
	site.Close()
	kept := storage.Must(archive.Of(tc.store).Captures(context.Background(), id))(t)

	_, doc := tc.get(fmt.Sprintf("/sources/%d", id), nil)
	path := doc.Find(`[data-testid="capture-archived"]`).AttrOr("href", "")
	if want := fmt.Sprintf("/sources/%d/captures/%d/archived", id, kept[0].ID); path != want {
		t.Fatalf("the source page links the archived copy at %q, want %q", path, want)
	}
	res, doc := tc.get(path, nil)
	wantStatus(t, res, http.StatusOK)
	banner := doc.Find(`[data-testid="archived-banner"]`)
	if what := text(banner.Find(`[data-testid="archived-what"]`)); !strings.Contains(what, "Archived by factline on") ||
		!strings.Contains(what, site.URL+"/report") || !strings.Contains(what, "The live page may differ.") {
		t.Errorf("the banner says %q", what)
	}
	if !strings.Contains(text(banner.Find(`[data-testid="archived-digest"]`)), kept[0].StoredSHA256) ||
		text(banner.Find(`[data-testid="archived-stamp"]`)) != "Not time-stamped." {
		t.Errorf("the banner: %q", text(banner))
	}
	if banner.Find(`[data-testid="archived-live"]`).AttrOr("href", "") != site.URL+"/report" ||
		banner.Find(`[data-testid="archived-download"]`).AttrOr("href", "") != fmt.Sprintf("/sources/%d/captures/%d", id, kept[0].ID) {
		t.Errorf("the banner's links: %q", text(banner.Find(".archived-links")))
	}
	frame := doc.Find(`iframe[data-testid="archived-frame"]`)
	if frame.AttrOr("sandbox", "-") != "allow-popups allow-popups-to-escape-sandbox" || frame.AttrOr("src", "") != path+"/page" {
		t.Fatalf("the frame: sandbox %q src %q", frame.AttrOr("sandbox", "-"), frame.AttrOr("src", ""))
	}

	res, body := getBody(t, tc, path+"/page")
	wantStatus(t, res, http.StatusOK)
	if !strings.Contains(body, "offered up groundless blame") || strings.Contains(body, "<script") || strings.Contains(body, "<iframe") {
		t.Errorf("the archived copy:\n%s", body)
	}
	csp := res.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "sandbox allow-popups", "frame-ancestors 'self'", "form-action 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the copy's policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "script-src") || strings.Contains(csp, "allow-scripts") || strings.Contains(csp, "allow-same-origin") ||
		res.Header.Get("X-Frame-Options") != "SAMEORIGIN" || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("the copy's headers: %v", res.Header)
	}
}

// TestAnArchivedCopyIsReadOnlyByWhoMayReadItsSource opens the archived copy
// (banner and page) as a visitor: that of a source cited on a public timeline
// opens, that of a team source is not found, nor a capture under another
// source's address; a PDF capture has no page to open.
func TestAnArchivedCopyIsReadOnlyByWhoMayReadItsSource(t *testing.T) {
	tc := newAnonClient(t)
	ctx := models.AsSystem(context.Background())
	keep := func(src *models.Source, typ string, b []byte) int64 {
		c := archive.FromUpload("page", typ, b, "", 0)
		c.SourceID = &src.ID
		if err := archive.Of(tc.store).Keep(ctx, &c, b); err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	team := storage.MakeSource(t, tc.store, "Team notes", "groundless blame", "2022-09-10")
	public := storage.MakeSource(t, tc.store, "Public report", "groundless blame", "2022-09-10")
	claim := storage.MakeClaim(t, tc.store, storage.MakeActor(t, tc.store, "Chen Xu"), "Groundless blame.", "2022-09-10")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, public, "groundless blame")
	storage.MakeTimeline(t, tc.store, "open", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	teamCapture, publicCapture := keep(team, "text/html", []byte(capturedPage)), keep(public, "text/html", []byte(capturedPage))
	pdfCapture := keep(public, "application/pdf", []byte("%PDF-1.7"))

	for path, want := range map[string]int{
		fmt.Sprintf("/sources/%d/captures/%d/archived", team.ID, teamCapture):          http.StatusNotFound,
		fmt.Sprintf("/sources/%d/captures/%d/archived/page", team.ID, teamCapture):     http.StatusNotFound,
		fmt.Sprintf("/sources/%d/captures/%d/archived/page", public.ID, teamCapture):   http.StatusNotFound,
		fmt.Sprintf("/sources/%d/captures/%d/archived", public.ID, publicCapture):      http.StatusOK,
		fmt.Sprintf("/sources/%d/captures/%d/archived/page", public.ID, publicCapture): http.StatusOK,
		fmt.Sprintf("/sources/%d/captures/%d/archived/page", public.ID, pdfCapture):    http.StatusNotFound,
	} {
		res, body := getBody(t, tc, path)
		readable := "groundless blame"
		if !strings.HasSuffix(path, "/page") {
			readable = "Archived by factline on"
		}
		if res.StatusCode != want || (want == http.StatusOK && !strings.Contains(body, readable)) {
			t.Errorf("a visitor GET %s: %d, want %d", path, res.StatusCode, want)
		}
		if want == http.StatusNotFound && strings.Contains(body, "groundless blame") {
			t.Errorf("a visitor GET %s reads the page", path)
		}
	}
	res, doc := tc.get(fmt.Sprintf("/sources/%d/captures/%d/archived", public.ID, pdfCapture), nil)
	if res.StatusCode != http.StatusOK || doc.Find(`[data-testid="archived-frame"]`).Length() != 0 ||
		!strings.Contains(text(doc.Find(`[data-testid="archived-not-page"]`)), "application/pdf") {
		t.Errorf("a PDF capture's archived copy: %d %q", res.StatusCode, text(doc.Find("main")))
	}
}
