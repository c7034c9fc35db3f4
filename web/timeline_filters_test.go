package web

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// TestFilterPanelLearnsWhatAnAddedEntryBrings: adding an entry inline answers
// with the filters out of band, with the entry's lane, tags and speaker.
func TestFilterPanelLearnsWhatAnAddedEntryBrings(t *testing.T) {
	tc := newTestClient(t)
	chen := storage.MakeActor(t, tc.store, "Chen Xu")
	claim := &models.Claim{Text: "groundless blame", SpeakerID: &chen.ID, Tags: []string{"response"}}
	if err := tc.store.SaveClaim(t.Context(), claim); err != nil {
		t.Fatal(err)
	}
	tl := storage.MakeTimeline(t, tc.store, "t1")
	_, page := tc.get("/timelines/t1", nil)
	if page.Find(`[data-testid="filters"] option[value="response"]`).Length() != 0 {
		t.Fatal("the tag is offered before any entry has it")
	}
	res, doc := tc.post("/timelines/t1/entries", url.Values{"item": {"claim " + itoa(claim.ID)}, "lane": {"China"}}, true)
	wantStatus(t, res, http.StatusOK)
	filters := doc.Find(`form#timeline-filters[hx-swap-oob="innerHTML"]`)
	if filters.Length() != 1 {
		t.Fatal("no out-of-band filters in the answer")
	}
	for _, sel := range []string{`select[name="lane"] option[value="China"]`, `select[name="tag"] option[value="response"]`,
		`select[name="actor"] option[value="` + itoa(chen.ID) + `"]`} {
		if filters.Find(sel).Length() != 1 {
			t.Errorf("the refreshed filters lack %s", sel)
		}
	}

	e, err := tc.store.GetEntry(t.Context(), tl.ID, models.Ref{Kind: models.KindClaim, ID: claim.ID})
	if err != nil {
		t.Fatal(err)
	}
	res, doc = tc.post("/timelines/t1/entries/"+itoa(e.ID), url.Values{"lane": {"UN"}, "version": {itoa(int64(e.Version))}}, true)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`form#timeline-filters[hx-swap-oob] select[name="lane"] option[value="UN"]`).Length() != 1 {
		t.Error("an entry moved to a new lane does not bring the lane to the filters")
	}
}

// TestFilterBoxIsClosedUnlessFiltering: the filters' <details> (closed on
// phones, see responsive.css) opens by itself only when a filter is set.
func TestFilterBoxIsClosedUnlessFiltering(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	_, doc := tc.get("/timelines/"+demo.Slug, nil)
	if _, open := doc.Find(`[data-testid="filters-box"]`).Attr("open"); open {
		t.Error("the filters are open with no filter set")
	}
	_, doc = tc.get("/timelines/"+demo.Slug+"?kind=claim", nil)
	if _, open := doc.Find(`[data-testid="filters-box"]`).Attr("open"); !open {
		t.Error("the filters are closed while a filter is set")
	}
}
