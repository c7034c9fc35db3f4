package web

import (
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	revisions "github.com/factline/factline/models/history"
	"github.com/factline/factline/models/storage"
)

// TestBackgroundImportRecordsWhoMadeIt: an import confirmed through htmx runs
// in the background, and its history names the editor who confirmed it.
func TestBackgroundImportRecordsWhoMadeIt(t *testing.T) {
	tc := newTestClient(t)
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	export := exportBody(t, tc, "/timelines/"+demo.Slug+"/export/json")
	tc.get("/import", nil)
	_, doc := tc.upload("/import", "demo.json", export, map[string]string{"slug": "copy-of-demo"})
	form := doc.Find(`[data-testid="import-preview"] form`)
	res, _ := tc.post(form.AttrOr("action", ""), formOf(form), true)
	if res.StatusCode >= 400 {
		t.Fatalf("confirm: %d", res.StatusCode)
	}
	var tl *models.Timeline
	for deadline := time.Now().Add(20 * time.Second); tl == nil; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the import did not finish in 20 s")
		}
		if got, err := tc.store.GetTimeline(t.Context(), "copy-of-demo"); err == nil && !got.ImportPending {
			tl = got
		}
	}
	revs := storage.Must(revisions.Of(tc.store).History(t.Context(), "timeline", tl.ID))(t)
	if len(revs) == 0 {
		t.Fatal("the imported timeline has no history")
	}
	for _, r := range revs {
		if r.UserName != "editor" {
			t.Errorf("revision %d (%s) is by %q, want the editor who imported", r.ID, r.Action, r.UserName)
		}
	}
}
