package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

func TestHistoryShowsFieldsAndRestores(t *testing.T) {
	tc := newTestClient(t)
	res, _ := tc.post("/claims", url.Values{"text": {"the old words"}, "said_on": {"Sep 2022"}, "rating": {"unrated"}}, false)
	path := res.Header.Get("Location")
	_, form := tc.get(path+"/edit", nil)
	version, _ := form.Find(`input[name="version"]`).Attr("value")
	tc.post(path, url.Values{"text": {"the new words"}, "said_on": {"8 Sep 2022"}, "rating": {"mixed"}, "version": {version}}, false)

	res, doc := tc.get(path+"/history", nil)
	wantStatus(t, res, http.StatusOK)
	revs := doc.Find(`[data-testid="revision"]`)
	if revs.Length() != 2 {
		t.Fatalf("%d revisions, want 2", revs.Length())
	}
	latest := text(revs.First())
	for _, want := range []string{"Edited", "editor", "the old words", "the new words", "Sep 2022", "8 Sep 2022"} {
		if !strings.Contains(latest, want) {
			t.Errorf("latest revision %q lacks %q", latest, want)
		}
	}
	action, _ := revs.Last().Find("form").Attr("action")
	res, _ = tc.post(action, nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, doc = tc.get(path, nil)
	if got := text(doc.Find("h1.claim-text")); got != "the old words" {
		t.Errorf("after restore the claim reads %q", got)
	}
	if got := text(doc.Find(`[data-testid="date"]`)); got != "Sep 2022" {
		t.Errorf("after restore the date reads %q", got)
	}
}

func TestDeletedClaimRestoredFromTrashIsWhole(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	_, doc := tc.get("/timelines/"+demo.Slug, nil)
	href, _ := doc.Find(`article.entry:has(a.speaker:contains("Chen Xu")) .entry-title > a:not(.speaker)`).Attr("href")
	tc.get(href+"/delete", nil)
	tc.post(href+"/delete", nil, false)
	_, doc = tc.get("/trash", nil)
	action, _ := doc.Find(`[data-testid="trash"] li:contains("groundless") form`).First().Attr("action")
	if !strings.HasSuffix(action, "/restore") {
		t.Fatalf("restore action %q", action)
	}
	res, _ := tc.post(action, nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, doc = tc.get("/timelines/"+demo.Slug, nil)
	chen := doc.Find(`article.entry:has(a.speaker:contains("Chen Xu"))`)
	if chen.Length() != 1 || text(chen.Find(`[data-testid="note-ref"]`)) == "" || chen.Find(`[data-testid="relation"]`).Length() != 2 {
		t.Errorf("restored claim not whole: %q", text(chen))
	}
}

func TestPublishedVersionNeverChanges(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	tl := "/timelines/" + demo.Slug
	tc.get(tl, nil)
	res, _ := tc.post(tl+"/publish", url.Values{"message": {"as reported on 10 Sep"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	vpath := res.Header.Get("Location")
	if vpath != tl+"/versions/1" {
		t.Fatalf("version at %q", vpath)
	}
	_, doc := tc.get(vpath, nil)
	before, _ := doc.Find(`[data-testid="version-body"]`).Html()
	if !strings.Contains(text(doc.Find(`[data-testid="changes"]`)), "Nothing") {
		t.Error("a fresh version shows changes")
	}

	claim := storage.MakeClaim(t, tc.store, nil, "A later claim", "2022-09-20")
	tc.get(tl, nil)
	tc.post(tl+"/entries", url.Values{"item": {"claim " + itoa(claim.ID)}}, true)
	_, doc = tc.get(tl+"/edit", nil)
	version, _ := doc.Find(`input[name="version"]`).Attr("value")
	tc.post(tl, url.Values{"title": {"Renamed"}, "slug": {demo.Slug}, "visibility": {"public"}, "version": {version}}, false)

	_, doc = tc.get(vpath, nil)
	after, _ := doc.Find(`[data-testid="version-body"]`).Html()
	if before != after {
		t.Error("the published version changed after the timeline was edited")
	}
	if !strings.Contains(text(doc.Find(`[data-testid="changes"]`)), "A later claim") {
		t.Error("the version does not say what was added since")
	}
	_, doc = tc.get(tl, nil)
	if doc.Find(`[data-testid="versions"] a[href="`+vpath+`"]`).Length() != 1 {
		t.Error("the timeline does not link its version")
	}
}
