package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestEntryLaneAndNoteEditedInPlace(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim to edit", "2022-09-08")
	storage.MakeTimeline(t, tc.store, "t1", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	_, page := tc.get("/timelines/t1", nil)
	edit, _ := page.Find(`[data-testid="entry-edit"]`).Attr("hx-get")

	res, form := tc.get(edit, map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	if form.Find("header.site").Length() != 0 || form.Find(`[data-testid="entry-edit-form"]`).Length() != 1 {
		t.Fatal("the in-place edit is not the form alone")
	}
	save, _ := form.Find("form").Attr("hx-post")
	version, _ := form.Find(`input[name="version"]`).Attr("value")
	res, doc := tc.post(save, url.Values{"lane": {"bad\x01lane"}, "note": {"kept"}, "version": {version}}, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if doc.Find(`[data-testid="error-lane"]`).Length() != 1 {
		t.Error("no message beside the lane")
	}
	if v, _ := doc.Find(`input[name="note"]`).Attr("value"); v != "kept" {
		t.Errorf("typed note not kept: %q", v)
	}

	res, doc = tc.post(save, url.Values{"lane": {"UN"}, "note": {"read twice"}, "version": {version}}, true)
	wantStatus(t, res, http.StatusOK)
	entry := doc.Find(`article#claim-` + itoa(claim.ID))
	if got := text(entry.Find(".lane")); got != "UN" {
		t.Errorf("lane after save %q", got)
	}
	if !strings.Contains(text(entry), "read twice") || doc.Find("header.site").Length() != 0 {
		t.Errorf("saved entry %q", text(entry))
	}

	res, doc = tc.get(strings.TrimSuffix(edit, "/edit"), map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`article[data-testid="entry"]`).Length() != 1 {
		t.Error("cancel does not bring the entry back")
	}

	_, doc = tc.get("/timelines/t1/history", nil)
	if got := text(doc.Find(`[data-testid="revision"]`).First()); !strings.Contains(got, "UN") || !strings.Contains(got, "read twice") {
		t.Errorf("history does not record the edit: %q", got)
	}
}

func TestEntryEditWorksWithoutJavaScript(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim to edit", "2022-09-08")
	storage.MakeTimeline(t, tc.store, "t1", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	_, page := tc.get("/timelines/t1", nil)
	edit, _ := page.Find(`[data-testid="entry-edit"]`).Attr("href")
	res, doc := tc.get(edit, nil)
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="entry-edit-form"]`)
	if doc.Find("header.site").Length() != 1 || form.Length() != 1 {
		t.Fatal("no edit page")
	}
	if _, inline := form.Attr("hx-post"); inline {
		t.Error("the page's form is wired for an in-place swap")
	}
	action, _ := form.Attr("action")
	version, _ := form.Find(`input[name="version"]`).Attr("value")
	res, _ = tc.post(action, url.Values{"lane": {"China"}, "note": {""}, "version": {version}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, page = tc.get("/timelines/t1", nil)
	if got := text(page.Find(`#claim-` + itoa(claim.ID) + ` .lane`)); got != "China" {
		t.Errorf("lane after plain save %q", got)
	}
}

func TestRemovedEntryRestoredFromHistory(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim to remove", "2022-09-08")
	tl := storage.MakeTimeline(t, tc.store, "t1")
	if err := tc.store.AddEntry(t.Context(), &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: claim.ID, Lane: "UN", Note: "n1"}); err != nil {
		t.Fatal(err)
	}
	_, page := tc.get("/timelines/t1", nil)
	remove, _ := page.Find(`.entry-remove`).Attr("action")
	res, _ := tc.post(remove, nil, false)
	wantStatus(t, res, http.StatusSeeOther)

	_, doc := tc.get("/timelines/t1/history", nil)
	revs := doc.Find(`[data-testid="revision-summary"]`)
	if got := text(revs.Eq(0)); got != "Removed the claim “A claim to remove” from lane UN — note: n1" {
		t.Errorf("removal reads %q", got)
	}
	if got := text(revs.Eq(1)); got != "Added the claim “A claim to remove” in lane UN — note: n1" {
		t.Errorf("addition reads %q", got)
	}
	if href, _ := revs.Eq(0).Find("a").Attr("href"); href != "/claims/"+itoa(claim.ID) {
		t.Errorf("the removed claim links to %q", href)
	}
	if got := text(doc.Find(`[data-testid="revision"]`).First().Find("button")); got != "Restore" {
		t.Errorf("restore button %q", got)
	}
	restore := doc.Find(`[data-testid="revision"]`).First().Find(`form`)
	if restore.Length() != 1 {
		t.Fatal("the removal has no restore button")
	}
	action, _ := restore.Attr("action")
	res, _ = tc.post(action, nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, page = tc.get("/timelines/t1", nil)
	entry := page.Find(`#claim-` + itoa(claim.ID))
	if text(entry.Find(".lane")) != "UN" || !strings.Contains(text(entry), "n1") {
		t.Errorf("restored entry %q", text(entry))
	}
}

func TestEntryEditsNeedEditRights(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim", "2022-09-08")
	tl := storage.MakeTimeline(t, tc.store, "t1", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	e, err := tc.store.GetEntry(t.Context(), tl.ID, models.Ref{Kind: models.KindClaim, ID: claim.ID})
	if err != nil {
		t.Fatal(err)
	}
	rev, err := tc.store.RemoveEntry(t.Context(), tl.ID, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	storage.MakeTimeline(t, tc.store, "t2")
	tc.get("/timelines/t2", nil)
	res, _ := tc.post("/timelines/t2/entries/restore", url.Values{"revision": {itoa(rev)}}, false)
	wantStatus(t, res, http.StatusNotFound)
	tc.newBrowser()
	_, page := tc.get("/timelines/t1", nil)
	if page.Find(`[data-testid="entry-controls"]`).Length() != 0 {
		t.Error("a visitor sees entry controls")
	}
	res, _ = tc.post("/timelines/t1/entries/restore", url.Values{"revision": {itoa(rev)}}, false)
	if res.StatusCode == http.StatusSeeOther || res.StatusCode == http.StatusOK {
		t.Errorf("a visitor undid a removal: %d", res.StatusCode)
	}
	if _, err := tc.store.GetEntry(t.Context(), tl.ID, models.Ref{Kind: models.KindClaim, ID: claim.ID}); err == nil {
		t.Error("the entry came back")
	}
}

func TestPlainRemovalOffersUndoOnThePage(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim to remove", "2022-09-08")
	storage.MakeTimeline(t, tc.store, "t1", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	_, page := tc.get("/timelines/t1", nil)
	remove, _ := page.Find(`.entry-remove`).Attr("action")
	res, _ := tc.post(remove, nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	back := res.Header.Get("Location")
	_, page = tc.get(back, nil)
	notice := page.Find(`[data-testid="removed-notice"]`)
	if got := text(notice); got != "Removed A claim to remove — Undo" {
		t.Fatalf("the page after a plain removal offers %q", got)
	}
	action, _ := notice.Attr("action")
	rev, _ := notice.Find(`input[name="revision"]`).Attr("value")
	res, _ = tc.post(action, url.Values{"revision": {rev}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, page = tc.get(back, nil)
	if page.Find(`[data-testid="removed-notice"]`).Length() != 0 || page.Find(`#claim-`+itoa(claim.ID)).Length() != 1 {
		t.Error("after the undo the entry is not back, or the undo is still offered")
	}
	remove, _ = page.Find(`.entry-remove`).Attr("action")
	res, _ = tc.post(remove, nil, false)
	back = res.Header.Get("Location")
	tc.newBrowser()
	_, page = tc.get(back, nil)
	if page.Find(`[data-testid="removed-notice"]`).Length() != 0 {
		t.Error("a visitor is offered the undo")
	}
}
