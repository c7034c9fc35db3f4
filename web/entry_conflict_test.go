package web

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestEntryEditsDoNotOverwriteEachOther: two editors change one entry's lane
// and note from what they read; the second is refused with both versions
// shown, on the form and in the API, and nothing of the first is lost. The API
// keeps a note it was not sent.
func TestEntryEditsDoNotOverwriteEachOther(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim two people edit", "2022-09-08")
	tl := storage.MakeTimeline(t, tc.store, "t1", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	entry := storage.Must(tc.store.GetEntry(t.Context(), tl.ID, models.Ref{Kind: models.KindClaim, ID: claim.ID}))(t)
	edit := "/timelines/t1/entries/" + itoa(entry.ID)

	_, form := tc.get(edit+"/edit", nil)
	read, _ := form.Find(`input[name="version"]`).Attr("value")
	if read == "" {
		t.Fatal("the entry's form carries no version")
	}
	res, _ := tc.post(edit, url.Values{"lane": {"UN"}, "note": {"first"}, "version": {read}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, doc := tc.post(edit, url.Values{"lane": {"China"}, "note": {"second"}, "version": {read}}, false)
	wantStatus(t, res, http.StatusConflict)
	if got := text(doc.Find(`[data-testid="theirs-lane"]`)); got != "UN" {
		t.Errorf("the refused form shows their lane as %q", got)
	}
	if v, _ := doc.Find(`input[name="note"]`).Attr("value"); v != "second" {
		t.Errorf("the refused form lost what was typed: %q", v)
	}
	if e := storage.Must(tc.store.GetEntryByID(t.Context(), tl.ID, entry.ID))(t); e.Lane != "UN" || e.Note != "first" {
		t.Fatalf("the stale save replaced the first: %q, %q", e.Lane, e.Note)
	}
	res, doc = tc.post(edit, url.Values{"lane": {"China"}, "note": {"no version"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if doc.Find(`[data-testid="error-version"]`).Length() != 1 {
		t.Error("a form without its version is not told why it was refused")
	}

	token := tc.makeToken("script")
	path := "/api/v1/timelines/t1/entries"
	got := tc.api(token, http.MethodGet, "/api/v1/timelines/t1", nil)
	entries, _ := got.data()["entries"].([]any)
	version := entries[0].(map[string]any)["entry_version"]
	a := tc.api(token, http.MethodPost, path, map[string]any{"kind": "claim", "item_id": claim.ID, "lane": "OHCHR", "version": version})
	wantAPI(t, a, http.StatusOK, "")
	if a.data()["lane"] != "OHCHR" || a.data()["note"] != "first" {
		t.Errorf("the API's change left %v / %v; want the new lane and the note it was not sent", a.data()["lane"], a.data()["note"])
	}
	wantAPI(t, tc.api(token, http.MethodPost, path, map[string]any{"kind": "claim", "item_id": claim.ID, "note": "stale", "version": version}),
		http.StatusConflict, "conflict")
	a = tc.api(token, http.MethodPost, path, map[string]any{"kind": "claim", "item_id": claim.ID, "lane": "blind"})
	wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
	if a.errorField("field") != "version" {
		t.Errorf("an unversioned change of an entry is refused on %q", a.errorField("field"))
	}
	if e := storage.Must(tc.store.GetEntryByID(t.Context(), tl.ID, entry.ID))(t); e.Lane != "OHCHR" || e.Note != "first" {
		t.Errorf("after the refusals the entry is %q, %q", e.Lane, e.Note)
	}
}

// TestTimelineFormWithoutVersionIsRefused: a timeline's edit form posted
// without the version it was read at would overwrite unseen what was saved
// since; it is refused, as the API refuses a PUT without one.
func TestTimelineFormWithoutVersionIsRefused(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeTimeline(t, tc.store, "t1")
	tc.get("/timelines/t1/edit", nil)
	res, doc := tc.post("/timelines/t1", url.Values{"title": {"Blind"}, "slug": {"t1"}, "visibility": {"public"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if doc.Find(`[data-testid="error-version"]`).Length() != 1 {
		t.Error("no message says why")
	}
	if got := storage.Must(tc.store.GetTimeline(t.Context(), "t1"))(t); got.Title == "Blind" {
		t.Error("the unversioned form was saved")
	}
}
