package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/edtf"
)

func TestScaleViewDrawsTheDemoOnATimeAxis(t *testing.T) {
	tc := newAnonClient(t)
	loadDemo(t, tc)
	res, doc := tc.get("/timelines/"+demo.Slug+"?view=scale&by=speaker", nil)
	wantStatus(t, res, http.StatusOK)
	marks := doc.Find(`[data-testid="ts-mark"]`)
	if marks.Length() != 7 {
		t.Fatalf("%d marks, want the demo's 7", marks.Length())
	}
	var lanes []string
	doc.Find(".ts-lane-name").Each(func(_ int, s *goquery.Selection) { lanes = append(lanes, text(s)) })
	if got := strings.Join(lanes, "|"); !strings.Contains(got, "Chen Xu") || !strings.Contains(got, "Events") {
		t.Errorf("lanes by speaker are %q", got)
	}
	chen := doc.Find(`.ts-mark:has(title:contains("Chen Xu"))`)
	if !strings.HasPrefix(text(chen.Find("title")), "by 10 Sep 2022 — ") || chen.Find(".ts-open-start").Length() != 1 {
		t.Errorf("Chen Xu's claim reads %q and lacks its open-start arrow", text(chen.Find("title")))
	}
	if href, _ := chen.Attr("href"); !strings.HasPrefix(href, "/claims/") {
		t.Errorf("Chen Xu's mark opens %q, want the claim", href)
	}
	if doc.Find(`[data-testid="entry"]`).Length() != 0 {
		t.Error("the scale view also lists the entries")
	}
	in, _ := doc.Find(`[data-zoom="in"]`).Attr("href")
	if !strings.Contains(in, "view=scale") || !strings.Contains(in, "by=speaker") || !strings.Contains(in, "t0=") {
		t.Errorf("zooming in goes to %q, want the scale view by speaker with a window", in)
	}
	// The zoomed window draws fewer days in the same width, and keeps the filter.
	res, doc = tc.get(in+"&kind=claim", map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	zoomed := doc.Find(`[data-testid="ts-mark"]`)
	if zoomed.Length() == 0 || zoomed.Length() != zoomed.Filter(".ts-claim").Length() || doc.Find("header.site").Length() != 0 {
		t.Errorf("the zoomed fragment has %d marks, %d of them claims; want claims alone", zoomed.Length(), zoomed.Filter(".ts-claim").Length())
	}
	if t0, _ := doc.Find(`[data-testid="timescale"]`).Attr("data-t0"); !strings.Contains(in, "t0="+t0[:5]) {
		t.Errorf("the zoomed drawing starts at day %s, not where %q asks", t0, in)
	}
}

func TestScaleViewRefusesABadWindowWithAMessage(t *testing.T) {
	tc := newAnonClient(t)
	loadDemo(t, tc)
	res, doc := tc.get("/timelines/"+demo.Slug+"?view=scale&t0=19250&t1=abc", nil)
	wantStatus(t, res, http.StatusOK)
	if msg := text(doc.Find(`#timeline-body [role="alert"]`)); !strings.Contains(msg, `t1="abc"`) {
		t.Errorf("the message is %q, want one naming t1", msg)
	}
	if doc.Find(`[data-testid="ts-mark"]`).Length() != 7 || doc.Find(`[data-zoom="whole"]`).Length() != 0 {
		t.Error("a bad window should show the whole timeline")
	}
}

func TestEmbedOffersTheScaleView(t *testing.T) {
	tc := newAnonClient(t)
	loadDemo(t, tc)
	res, doc := tc.get("/embed/timelines/"+demo.Slug+"?view=scale", nil)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`[data-testid="ts-mark"]`).Length() != 7 {
		t.Error("the embed does not draw the scale view")
	}
	in, _ := doc.Find(`[data-zoom="in"]`).Attr("href")
	list, _ := doc.Find(`[data-testid="view-switch"] a`).First().Attr("href")
	if !strings.HasPrefix(in, "/embed/timelines/") || !strings.HasPrefix(list, "/embed/timelines/") {
		t.Errorf("the embed's links leave it: zoom %q, list %q", in, list)
	}
}

func TestScaleViewAndSVGDrawErasAsBands(t *testing.T) {
	tc := newAnonClient(t)
	loadDemo(t, tc)
	tl, err := tc.store.GetTimeline(t.Context(), demo.Slug)
	if err != nil {
		t.Fatal(err)
	}
	era := &models.Era{TimelineID: tl.ID, Title: "HRC 51st session", Period: edtf.MustParse("2022-09-12/2022-10-07")}
	if err := tc.store.AddEra(t.Context(), era); err != nil {
		t.Fatal(err)
	}
	_, doc := tc.get("/timelines/"+demo.Slug+"?view=scale", nil)
	if got := text(doc.Find(".ts-period text")); got != "HRC 51st session" {
		t.Errorf("the era band reads %q", got)
	}
	res, svg := tc.get("/timelines/"+demo.Slug+"/export/svg", nil)
	wantStatus(t, res, http.StatusOK)
	if got := text(svg.Find(".ts-period text")); got != "HRC 51st session" {
		t.Errorf("the SVG's era band reads %q", got)
	}
}
